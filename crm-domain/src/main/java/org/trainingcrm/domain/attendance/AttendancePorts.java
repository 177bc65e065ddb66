package org.trainingcrm.domain.attendance;

import java.util.Objects;

/** The attendance feature's ports (E4, E6, E8). */
public record AttendancePorts(AttendanceMarks marks, GuestVisits visits) {

    public AttendancePorts {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(visits, "visits");
    }
}

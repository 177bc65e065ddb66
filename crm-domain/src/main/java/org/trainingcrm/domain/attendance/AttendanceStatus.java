package org.trainingcrm.domain.attendance;

/** Whether a student came to a lesson (E4). */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    LATE;

    /** True when the student was there, on time or not. */
    public boolean came() {
        return this != ABSENT;
    }
}

package org.trainingcrm.domain.attendance;

import java.time.Instant;
import org.trainingcrm.domain.people.PersonId;

/** One mark as a lesson's attendance sheet lists it; guest tells a make-up or trial visitor. */
public record AttendanceLine(PersonId person, String fullName, AttendanceStatus status, PaymentForm payment,
        boolean guest, Instant markedAt) {
}

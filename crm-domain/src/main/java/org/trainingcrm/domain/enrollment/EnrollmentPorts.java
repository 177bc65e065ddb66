package org.trainingcrm.domain.enrollment;

import java.util.Objects;

/** The enrollment feature's ports (E1–E3, E7, E8); the notifier queues notices to registrants. */
public record EnrollmentPorts(Enrollments enrollments, WithdrawalReasons withdrawalReasons, Promotions promotions, StudentNotes studentNotes, Notifier notifier) {

    public EnrollmentPorts {
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(withdrawalReasons, "withdrawalReasons");
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(studentNotes, "studentNotes");
        Objects.requireNonNull(notifier, "notifier");
    }
}

package org.trainingcrm.domain.enrollment;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies one student's enrollment (or place on the waiting list) in one group. */
public record EnrollmentId(UUID value) {

    public EnrollmentId {
        Objects.requireNonNull(value, "value");
    }

    public static EnrollmentId newId() {
        return new EnrollmentId(Ids.timeOrdered());
    }

    public static EnrollmentId of(String text) {
        return new EnrollmentId(Ids.parse("enrollmentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

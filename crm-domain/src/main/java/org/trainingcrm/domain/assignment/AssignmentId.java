package org.trainingcrm.domain.assignment;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies one period during which a manager was responsible for a client. */
public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssignmentId newId() {
        return new AssignmentId(Ids.timeOrdered());
    }

    public static AssignmentId of(String text) {
        return new AssignmentId(Ids.parse("assignmentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

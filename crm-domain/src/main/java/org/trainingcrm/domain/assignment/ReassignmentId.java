package org.trainingcrm.domain.assignment;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies one redistribution of clients to a manager, which can be restored in one call. */
public record ReassignmentId(UUID value) {

    public ReassignmentId {
        Objects.requireNonNull(value, "value");
    }

    public static ReassignmentId newId() {
        return new ReassignmentId(Ids.timeOrdered());
    }

    public static ReassignmentId of(String text) {
        return new ReassignmentId(Ids.parse("reassignmentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.trainingcrm.domain.catalog;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a direction (a field of study) in the centre's dictionary. */
public record DirectionId(UUID value) {

    public DirectionId {
        Objects.requireNonNull(value, "value");
    }

    public static DirectionId newId() {
        return new DirectionId(Ids.timeOrdered());
    }

    public static DirectionId of(String text) {
        return new DirectionId(Ids.parse("directionId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

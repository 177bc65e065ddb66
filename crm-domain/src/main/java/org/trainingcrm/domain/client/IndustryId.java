package org.trainingcrm.domain.client;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies an industry (sphere of activity) in the centre's dictionary. */
public record IndustryId(UUID value) {

    public IndustryId {
        Objects.requireNonNull(value, "value");
    }

    public static IndustryId newId() {
        return new IndustryId(Ids.timeOrdered());
    }

    public static IndustryId of(String text) {
        return new IndustryId(Ids.parse("industryId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.trainingcrm.domain.attendance;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a guest's booking on one lesson: a make-up or a trial. */
public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "value");
    }

    public static VisitId newId() {
        return new VisitId(Ids.timeOrdered());
    }

    public static VisitId of(String text) {
        return new VisitId(Ids.parse("visitId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

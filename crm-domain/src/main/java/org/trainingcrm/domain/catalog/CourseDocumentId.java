package org.trainingcrm.domain.catalog;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a document attached to a course. */
public record CourseDocumentId(UUID value) {

    public CourseDocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseDocumentId newId() {
        return new CourseDocumentId(Ids.timeOrdered());
    }

    public static CourseDocumentId of(String text) {
        return new CourseDocumentId(Ids.parse("courseDocumentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

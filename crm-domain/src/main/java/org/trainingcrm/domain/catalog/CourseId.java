package org.trainingcrm.domain.catalog;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a course or a seminar in the catalogue. */
public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    public static CourseId newId() {
        return new CourseId(Ids.timeOrdered());
    }

    public static CourseId of(String text) {
        return new CourseId(Ids.parse("courseId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

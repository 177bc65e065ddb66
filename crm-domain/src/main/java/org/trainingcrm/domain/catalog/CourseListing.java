package org.trainingcrm.domain.catalog;

import java.time.LocalDate;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Money;

/**
 * One course as the catalogue lists it.
 *
 * @param direction the direction, or null
 * @param endDate the last day, or null for a one-day event
 * @param prerequisite the previous level, or null
 */
public record CourseListing(CourseId id, BranchId branch, CourseKind kind, String title, DirectionId direction,
        CourseFormat format, LocalDate startDate, LocalDate endDate, Money price, CourseStatus status,
        int minParticipants, int maxParticipants, CourseId prerequisite) {

    /** The listing of a loaded course. */
    public static CourseListing of(Course course) {
        return new CourseListing(course.id(), course.branch(), course.kind(), course.title(),
                course.direction().orElse(null), course.format(), course.startDate(), course.endDate().orElse(null),
                course.price(), course.status(), course.minParticipants(), course.maxParticipants(),
                course.prerequisite().orElse(null));
    }

    /** The last day it is held. */
    public LocalDate lastDate() {
        return endDate == null ? startDate : endDate;
    }
}

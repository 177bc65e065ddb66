package org.trainingcrm.domain.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;

/**
 * A catalogue search in the form the {@link Courses} port runs it: text already in search form
 * ({@link org.trainingcrm.domain.kernel.SearchKey}), timing resolved against a given day.
 *
 * @param today the day "past", "current" and "upcoming" are measured from
 */
public record CatalogCriteria(
        BranchScope scope,
        Optional<CourseTiming> timing,
        LocalDate today,
        Optional<DirectionId> direction,
        Optional<CourseKind> kind,
        Optional<CourseStatus> status,
        Optional<String> titleKey) {

    /** True when the course meets every criterion; the database does the same with indexed columns. */
    public boolean matches(Course course) {
        return scope.includes(course.branch())
                && timing.map(t -> course.timingOn(today) == t).orElse(true)
                && direction.map(d -> course.direction().filter(d::equals).isPresent()).orElse(true)
                && kind.map(k -> course.kind() == k).orElse(true)
                && status.map(s -> course.status() == s).orElse(true)
                && titleKey.map(k -> course.titleKey().contains(k)).orElse(true);
    }
}

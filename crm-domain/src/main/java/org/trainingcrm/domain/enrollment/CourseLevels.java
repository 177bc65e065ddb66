package org.trainingcrm.domain.enrollment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.Courses;

/** The level of a course (K2): one more than its prerequisite's, 1 without one; remembered for one use case. */
final class CourseLevels {

    private final Courses courses;
    private final Map<CourseId, Integer> known = new HashMap<>();

    CourseLevels(Courses courses) {
        this.courses = courses;
    }

    int of(CourseId course) {
        Integer cached = known.get(course);
        if (cached != null) {
            return cached;
        }
        int level = 0;
        Set<CourseId> seen = new HashSet<>();
        // a prerequisite chain with a circle can only come from data written around the catalogue; stop there
        for (Optional<CourseId> at = Optional.of(course); at.isPresent() && seen.add(at.get());
                at = courses.byId(at.get()).flatMap(Course::prerequisite)) {
            level++;
        }
        known.put(course, level);
        return level;
    }
}

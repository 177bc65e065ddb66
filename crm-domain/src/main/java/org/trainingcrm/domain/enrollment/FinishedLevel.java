package org.trainingcrm.domain.enrollment;

import java.time.LocalDate;
import java.util.Optional;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * A level a person finished (K2).
 *
 * @param level 1 for a course without a prerequisite, 2 for the one after it, and so on
 * @param nextCourse the level the person was promoted to, if the catalogue had exactly one
 */
public record FinishedLevel(CourseId course, String courseTitle, int level, GroupId group, LocalDate finishedOn,
        Optional<CourseId> nextCourse) {
}

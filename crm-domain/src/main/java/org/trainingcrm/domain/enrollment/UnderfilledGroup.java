package org.trainingcrm.domain.enrollment;

import java.time.LocalDate;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;

/**
 * A group flagged below its course's minimum (E2).
 *
 * @param missing how many more seated students the minimum needs
 */
public record UnderfilledGroup(GroupId group, String name, CourseId course, String courseTitle, LocalDate startDate,
        GroupStatus status, int seated, int minimum, int missing) {
}

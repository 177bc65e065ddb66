package org.trainingcrm.domain.schedule;

import java.time.Instant;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;

/**
 * A group as its card shows it, with the names of its course, room and teacher.
 *
 * @param lessons how many lessons it has
 */
public record GroupCard(GroupId id, long version, BranchId branch, CourseId course, String courseTitle,
        GroupSettings settings, String roomName, String teacherName, GroupStatus status, int lessons,
        Instant createdAt) {
}

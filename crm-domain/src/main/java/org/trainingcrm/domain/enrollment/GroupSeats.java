package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.Groups;

/**
 * The seats of a group (E2, E8): takes the group's lock, counts seats, hands free seats to the
 * waiting list in ticket order, and confirms a tentative group once its course's minimum sits.
 */
final class GroupSeats {

    private final Enrollments enrollments;
    private final Groups groups;
    private final Courses courses;
    private final GroupNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    GroupSeats(Enrollments enrollments, Groups groups, Courses courses, GroupNotices notices, AuditLog audit,
            Clock clock) {
        this.enrollments = enrollments;
        this.groups = groups;
        this.courses = courses;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Locks the group's seats until commit, then reads the group as it is now (not as before the lock). */
    Group lock(GroupId id) {
        groups.lockForEnrollment(id);
        return groups.byId(id).orElseThrow(() -> new NotFound("group", id));
    }

    static long seated(List<Enrollment> enrollments) {
        return enrollments.stream().filter(e -> e.status() == EnrollmentStatus.ENROLLED).count();
    }

    /** The ticket after the group's last one: requests are served in this order. */
    static long nextTicket(List<Enrollment> enrollments) {
        return enrollments.stream().mapToLong(Enrollment::ticket).max().orElse(0) + 1;
    }

    /**
     * Seats waiting students, first ticket first, while seats are free; then confirms a tentative
     * group whose seated students reach its course's minimum, with notices to every registrant.
     */
    void settle(Actor actor, Group group) {
        List<Enrollment> all = enrollments.ofGroup(group.id());
        long seated = seated(all);
        List<Enrollment> waiting = all.stream().filter(e -> e.status() == EnrollmentStatus.WAITING)
                .sorted(Comparator.comparingLong(Enrollment::ticket)).toList();
        for (Enrollment next : waiting) {
            if (seated >= group.seats() || !group.status().isActive()) {
                break;
            }
            AuditState before = next.auditState();
            next.takeSeat(clock.instant());
            enrollments.update(next);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "enrollment.takeSeat", "enrollment", next.id(),
                    before, next.auditState()));
            seated++;
        }
        if (group.status() == GroupStatus.TENTATIVE) {
            Course course = courses.byId(group.course()).orElseThrow(() -> new NotFound("course", group.course()));
            if (seated >= course.minParticipants()) {
                AuditState before = group.auditState();
                group.confirm();
                groups.update(group);
                audit.record(new AuditEntry(clock.instant(), actor.user(), "group.confirm", "group", group.id(),
                        before, group.auditState().with("reason", "minimum of " + course.minParticipants() + " reached")));
                notices.announce(NoticeKind.GROUP_CONFIRMED, group);
            }
        }
    }
}

package org.trainingcrm.domain.enrollment;

import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * The seats of a group (E2, E8): takes the group's lock, counts seats, hands free seats to the
 * waiting list in ticket order, and confirms a tentative group once its course's minimum sits.
 * It works inside the running use case, whose actor, moment and audit log it writes with.
 */
final class GroupSeats {

    private final Enrollments enrollments;
    private final Groups groups;
    private final Records<Enrollment, EnrollmentId> enrollmentRecords;
    private final Records<Group, GroupId> groupRecords;
    private final Records<Course, CourseId> courseRecords;
    private final GroupNotices notices;

    GroupSeats(EnrollmentPorts own, SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people) {
        this.enrollments = own.enrollments();
        this.groups = schedule.groups();
        this.enrollmentRecords = EnrollmentRecords.enrollments(own);
        this.groupRecords = ScheduleRecords.groups(schedule);
        this.courseRecords = EnrollmentRecords.coursesOfGroups(catalog);
        this.notices = new GroupNotices(own, schedule, catalog, people);
    }

    /**
     * Locks the group's seats until commit, then reads the group as it is now (not as before the
     * lock), in the actor's scope.
     */
    Group lock(UseCase uc, GroupId id) {
        groups.lockForEnrollment(id);
        return uc.load(groupRecords, id);
    }

    /** The course the group runs. */
    Course courseOf(UseCase uc, Group group) {
        return uc.load(courseRecords, group.course());
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
    void settle(UseCase uc, Group group) {
        List<Enrollment> all = enrollments.ofGroup(group.id());
        long seated = seated(all);
        List<Enrollment> waiting = all.stream().filter(e -> e.status() == EnrollmentStatus.WAITING)
                .sorted(Comparator.comparingLong(Enrollment::ticket)).toList();
        for (Enrollment next : waiting) {
            if (seated >= group.seats() || !group.status().isActive()) {
                break;
            }
            uc.apply(enrollmentRecords, next, next.id(), "enrollment.takeSeat", e -> e.takeSeat(uc.now()));
            seated++;
        }
        if (group.status() == GroupStatus.TENTATIVE) {
            Course course = courseOf(uc, group);
            if (seated >= course.minParticipants()) {
                // audited by hand: the state after names why the group was confirmed
                AuditState before = group.auditState();
                group.confirm();
                groups.update(group);
                uc.audit("group.confirm", "group", group.id(), before,
                        group.auditState().with("reason", "minimum of " + course.minParticipants() + " reached"));
                notices.announce(NoticeKind.GROUP_CONFIRMED, group, uc.now());
            }
        }
    }
}

package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupService;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.SchedulePermission;

/**
 * Confirming or cancelling a group by hand (E8), with a notice to every registrant through the
 * {@link Notifier}, the group's lessons attached. A group is also confirmed without a call once
 * its course's minimum is seated; an explicit confirm may run a group below the minimum when the
 * centre decides so. Both take {@link Permission#TIMETABLE_EDIT}, as the timetable's own calls do.
 */
public final class ConfirmationService {

    private final GroupService groupService;
    private final Groups groups;
    private final GroupNotices notices;
    private final Notifier notifier;
    private final AccessPolicy access;
    private final Transactions transactions;

    public ConfirmationService(GroupService groupService, EnrollmentCollaborators ports, AccessPolicy access,
            Transactions transactions, Clock clock) {
        this.groupService = groupService;
        this.groups = ports.groups();
        this.notices = ports.notices(clock);
        this.notifier = ports.notifier();
        this.access = access;
        this.transactions = transactions;
    }

    /** Confirms a tentative group and notifies its registrants. */
    public void confirm(Actor actor, GroupId id) {
        transactions.run(() -> {
            groupService.confirm(actor, id);
            notices.announce(NoticeKind.GROUP_CONFIRMED, visible(actor, SchedulePermission.TIMETABLE_EDIT, id));
        });
    }

    /**
     * Cancels the group and notifies its registrants, the lessons as they stood attached.
     *
     * @throws RuleViolation {@code group.status.transition} when the group is finished or cancelled already
     */
    public void cancel(Actor actor, GroupId id) {
        transactions.run(() -> {
            Group group = visible(actor, SchedulePermission.TIMETABLE_EDIT, id);
            if (!group.status().mayBecome(GroupStatus.CANCELLED)) {
                throw new RuleViolation("group.status.transition",
                        "group " + id + " cannot become CANCELLED while it is " + group.status());
            }
            // the calendar is written before the cancellation removes the lessons it lists
            notices.announce(NoticeKind.GROUP_CANCELLED, group);
            groupService.cancel(actor, id);
        });
    }

    /** The notices queued about the group, oldest first. */
    public List<Notice> noticesOf(Actor actor, GroupId id) {
        return transactions.inTransaction(() -> {
            visible(actor, EnrollmentPermission.ENROLLMENT_READ, id);
            return notifier.sentAbout(id).stream()
                    .sorted(Comparator.comparing(Notice::createdAt).thenComparing(n -> n.id())).toList();
        });
    }

    private Group visible(Actor actor, Permission permission, GroupId id) {
        access.require(actor, permission);
        Group group = groups.byId(id).orElseThrow(() -> new NotFound("group", id));
        access.require(actor, permission, group.branch());
        return group;
    }
}

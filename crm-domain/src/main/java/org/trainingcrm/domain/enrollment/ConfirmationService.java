package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;
import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_EDIT;

import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupService;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.SchedulePermission;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * Confirming or cancelling a group by hand (E8), with a notice to every registrant through the
 * {@link Notifier}, the group's lessons attached. A group is also confirmed without a call once
 * its course's minimum is seated; an explicit confirm may run a group below the minimum when the
 * centre decides so. Both take {@link SchedulePermission#TIMETABLE_EDIT}, as the timetable's own calls do.
 */
public final class ConfirmationService {

    private final GroupService groupService;
    private final Records<Group, GroupId> groups;
    private final GroupNotices notices;
    private final Notifier notifier;
    private final UseCases useCases;

    public ConfirmationService(GroupService groupService, EnrollmentPorts own, SchedulePorts schedule,
            CatalogPorts catalog, PeoplePorts people, UseCases useCases) {
        this.groupService = groupService;
        this.groups = ScheduleRecords.groups(schedule);
        this.notices = new GroupNotices(own, schedule, catalog, people);
        this.notifier = own.notifier();
        this.useCases = useCases;
    }

    /** Confirms a tentative group and notifies its registrants. */
    public void confirm(Actor actor, GroupId id) {
        useCases.perform(actor, TIMETABLE_EDIT, uc -> {
            // the timetable confirms first, so the notices read the group as confirmed
            groupService.confirm(actor, id);
            notices.announce(NoticeKind.GROUP_CONFIRMED, uc.load(groups, id), uc.now());
        });
    }

    /**
     * Cancels the group and notifies its registrants, the lessons as they stood attached.
     *
     * @throws RuleViolation {@code group.status.transition} when the group is finished or cancelled already
     */
    public void cancel(Actor actor, GroupId id) {
        useCases.perform(actor, TIMETABLE_EDIT, uc -> {
            Group group = uc.load(groups, id);
            if (!group.status().mayBecome(GroupStatus.CANCELLED)) {
                throw new RuleViolation("group.status.transition",
                        "group " + id + " cannot become CANCELLED while it is " + group.status());
            }
            // the calendar is written before the cancellation removes the lessons it lists
            notices.announce(NoticeKind.GROUP_CANCELLED, group, uc.now());
            groupService.cancel(actor, id);
        });
    }

    /** The notices queued about the group, oldest first. */
    public List<Notice> noticesOf(Actor actor, GroupId id) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            uc.load(groups, id);
            return notifier.sentAbout(id).stream()
                    .sorted(Comparator.comparing(Notice::createdAt).thenComparing(n -> n.id())).toList();
        });
    }
}

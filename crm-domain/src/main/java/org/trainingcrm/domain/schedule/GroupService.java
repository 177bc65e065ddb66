package org.trainingcrm.domain.schedule;

import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_EDIT;
import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_READ;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;

/**
 * Use cases of groups (K3, K4): set one up with its lessons generated from the schedule rule,
 * revise it (the lessons are regenerated, those with attendance kept), confirm, cancel, finish,
 * read its card and its derived flags. Every booking is checked for double booking first.
 */
public final class GroupService {

    private final Groups groups;
    private final Lessons lessons;
    private final Rooms rooms;
    private final People people;
    private final Clients clients;
    private final BookingCheck bookings;
    private final Records<Group, GroupId> groupRecords;
    /** Courses a group is set up for, or listed by: the course's branch must be in scope. */
    private final Records<Course, CourseId> courses;
    /** The course of a group already loaded: the group's branch was checked, it is the course's. */
    private final Records<Course, CourseId> coursesOfGroups;
    private final UseCases useCases;

    public GroupService(SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people, ClientPorts clients,
            UseCases useCases) {
        this.groups = schedule.groups();
        this.lessons = schedule.lessons();
        this.rooms = schedule.rooms();
        this.people = people.people();
        this.clients = clients.clients();
        this.bookings = new BookingCheck(schedule.lessons(), schedule.bookingLocks());
        this.groupRecords = ScheduleRecords.groups(schedule);
        this.courses = Records.of("course", catalog.courses()::byId, Course::branch);
        this.coursesOfGroups = Records.shared("course", catalog.courses()::byId);
        this.useCases = useCases;
    }

    /**
     * Sets up a tentative group of the course and generates its lessons, skipping the holidays.
     *
     * @throws BookingClash when the room or the teacher is already booked at one of the lessons' times
     */
    public GroupId create(Actor actor, CourseId courseId, GroupForm form, HolidayCalendar holidays) {
        return useCases.change(actor, TIMETABLE_EDIT, uc -> {
            Course course = uc.load(courses, courseId);
            if (course.status().isClosed()) {
                throw new RuleViolation("group.course.closed", "course " + courseId + " is " + course.status());
            }
            GroupSettings settings = checked(uc, course, form);
            Group group = new Group(GroupId.newId(), course.branch(), course.id(), settings, uc.now());
            LessonPlan plan = LessonPlan.of(group, List.of(), LessonPlan.timesOf(settings, holidays));
            bookings.refuseClashes(plan.toBook(), lesson -> lesson.group().equals(group.id()));
            groups.add(group);
            plan.added.forEach(lessons::add);
            // audited by hand: the entry also counts the lessons generated with the group
            uc.audit("group.create", groupRecords.entity(), group.id(), null,
                    group.auditState().with("lessons", plan.added.size()));
            return group.id();
        });
    }

    /**
     * Replaces the group's settings and regenerates its lessons: those with attendance stay as
     * they are, the others are kept, moved, added or removed to follow the new rule.
     *
     * @throws ConcurrentChange when someone changed the group since it was read at {@code expectedVersion}
     * @throws BookingClash when the room or the teacher is already booked at a new lesson's time
     */
    public TimetableChange revise(Actor actor, GroupId id, long expectedVersion, GroupForm form,
            HolidayCalendar holidays) {
        return useCases.change(actor, TIMETABLE_EDIT, uc -> {
            Group group = uc.load(groupRecords, id);
            uc.expectVersion(groupRecords, group, id, expectedVersion);
            Course course = uc.load(coursesOfGroups, group.course());
            GroupSettings settings = checked(uc, course, form);
            AuditState before = group.auditState();
            group.revise(settings);
            LessonPlan plan = LessonPlan.of(group, lessons.ofGroup(id), LessonPlan.timesOf(settings, holidays));
            bookings.refuseClashes(plan.toBook(), lesson -> lesson.group().equals(id));
            groups.update(group);
            plan.removed.forEach(lessons::remove);
            plan.moved.forEach(lessons::update);
            plan.added.forEach(lessons::add);
            TimetableChange change = plan.outcome();
            // audited by hand: the entry also tells what became of the lessons
            uc.audit("group.revise", groupRecords.entity(), id, before,
                    group.auditState().withAll("lessonsKept", change.kept()).withAll("lessonsMoved", change.moved())
                            .with("lessonsAdded", change.added().size())
                            .with("lessonsRemoved", change.removed().size()));
            return change;
        });
    }

    /** Confirms a tentative group (E8 calls this once the minimum is reached). */
    public void confirm(Actor actor, GroupId id) {
        change(actor, id, "group.confirm", Group::confirm);
    }

    /** Cancels a group; its lessons without attendance are removed from the timetable, freeing room and teacher. */
    public void cancel(Actor actor, GroupId id) {
        change(actor, id, "group.cancel", group -> {
            group.cancel();
            lessons.ofGroup(id).stream().filter(l -> !l.hasAttendance()).forEach(lessons::remove);
        });
    }

    /** Marks a confirmed group as finished. */
    public void finish(Actor actor, GroupId id) {
        change(actor, id, "group.finish", Group::finish);
    }

    /** The group's card. */
    public GroupCard card(Actor actor, GroupId id) {
        return useCases.read(actor, TIMETABLE_READ, uc -> cardOf(uc, uc.load(groupRecords, id)));
    }

    /** The groups of a course, by first day. */
    public List<GroupCard> ofCourse(Actor actor, CourseId courseId) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            uc.load(courses, courseId);
            return groups.ofCourse(courseId).stream()
                    .sorted(Comparator.comparing(Group::startDate).thenComparing(g -> g.id().value()))
                    .map(group -> cardOf(uc, group))
                    .toList();
        });
    }

    /** The group's flags full and profitable, given how many seats are taken (the enrollment feature counts them). */
    public GroupFlags flags(Actor actor, GroupId id, int enrolledSeats) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            if (enrolledSeats < 0) {
                throw new InvalidValue("group.enrolled", enrolledSeats, "must not be negative");
            }
            Group group = uc.load(groupRecords, id);
            Course course = uc.load(coursesOfGroups, group.course());
            return GroupFlags.of(group, enrolledSeats, course.price());
        });
    }

    private void change(Actor actor, GroupId id, String action, Consumer<Group> change) {
        useCases.perform(actor, TIMETABLE_EDIT,
                uc -> uc.apply(groupRecords, uc.load(groupRecords, id), id, action, change));
    }

    /** The form's fields, then what only the store knows: room, seats in it, teacher, payer, currency. */
    private GroupSettings checked(UseCase uc, Course course, GroupForm form) {
        GroupSettings settings = form.validate();
        Room room = rooms.byId(settings.room()).filter(r -> r.branch().equals(course.branch()))
                .orElseThrow(() -> new InvalidValue("group.room", settings.room(), "no such room in the course's branch"));
        if (settings.seats() > room.seats()) {
            throw new InvalidValue("group.seats", settings.seats(),
                    "room " + room.name() + " holds only " + room.seats());
        }
        people.byId(settings.teacher())
                .orElseThrow(() -> new InvalidValue("group.teacher", settings.teacher(), "no such person"));
        if (settings.payer() != null) {
            var scope = uc.scope();
            clients.byId(settings.payer()).filter(c -> scope.includes(c.branch()))
                    .orElseThrow(() -> new InvalidValue("group.payer", settings.payer(), "no such client"));
        }
        if (!settings.runningCost().currency().equals(course.price().currency())) {
            throw new InvalidValue("group.runningCost", settings.runningCost(),
                    "must be in " + course.price().currency() + ", the currency of the course price");
        }
        return settings;
    }

    private GroupCard cardOf(UseCase uc, Group group) {
        String title = uc.find(coursesOfGroups, group.course()).map(Course::title).orElse(null);
        String roomName = rooms.byId(group.room()).map(Room::name).orElse(null);
        String teacherName = people.byId(group.teacher()).map(Person::fullName).orElse(null);
        return new GroupCard(group.id(), group.version(), group.branch(), group.course(), title, group.settings(),
                roomName, teacherName, group.status(), lessons.ofGroup(group.id()).size(), group.createdAt());
    }
}

package org.trainingcrm.domain.schedule;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use cases of groups (K3, K4): set one up with its lessons generated from the schedule rule,
 * revise it (the lessons are regenerated, those with attendance kept), confirm, cancel, finish,
 * read its card and its derived flags. Every booking is checked for double booking first.
 */
public final class GroupService {

    private final Groups groups;
    private final Lessons lessons;
    private final Courses courses;
    private final Rooms rooms;
    private final People people;
    private final Clients clients;
    private final BookingCheck bookings;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public GroupService(Groups groups, Lessons lessons, Courses courses, Rooms rooms, People people, Clients clients,
            BookingLocks locks, AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.lessons = lessons;
        this.courses = courses;
        this.rooms = rooms;
        this.people = people;
        this.clients = clients;
        this.bookings = new BookingCheck(lessons, locks);
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets up a tentative group of the course and generates its lessons, skipping the holidays.
     *
     * @throws BookingClash when the room or the teacher is already booked at one of the lessons' times
     */
    public GroupId create(Actor actor, CourseId courseId, GroupForm form, HolidayCalendar holidays) {
        return transactions.inTransaction(() -> {
            access.require(actor, SchedulePermission.TIMETABLE_EDIT);
            Course course = courses.byId(courseId).orElseThrow(() -> new NotFound("course", courseId));
            access.require(actor, SchedulePermission.TIMETABLE_EDIT, course.branch());
            if (course.status().isClosed()) {
                throw new RuleViolation("group.course.closed", "course " + courseId + " is " + course.status());
            }
            GroupSettings settings = checked(actor, course, form);
            Group group = new Group(GroupId.newId(), course.branch(), course.id(), settings, clock.instant());
            LessonPlan plan = LessonPlan.of(group, List.of(), LessonPlan.timesOf(settings, holidays));
            bookings.refuseClashes(plan.toBook(), lesson -> lesson.group().equals(group.id()));
            groups.add(group);
            plan.added.forEach(lessons::add);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "group.create", "group", group.id(), null,
                    group.auditState().with("lessons", plan.added.size())));
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
        return transactions.inTransaction(() -> {
            Group group = visibleGroup(actor, SchedulePermission.TIMETABLE_EDIT, id);
            if (group.version() != expectedVersion) {
                throw new ConcurrentChange("group", id,
                        "edited version " + expectedVersion + " but the stored one is " + group.version());
            }
            Course course = courses.byId(group.course()).orElseThrow(() -> new NotFound("course", group.course()));
            GroupSettings settings = checked(actor, course, form);
            AuditState before = group.auditState();
            group.revise(settings);
            LessonPlan plan = LessonPlan.of(group, lessons.ofGroup(id), LessonPlan.timesOf(settings, holidays));
            bookings.refuseClashes(plan.toBook(), lesson -> lesson.group().equals(id));
            groups.update(group);
            plan.removed.forEach(lessons::remove);
            plan.moved.forEach(lessons::update);
            plan.added.forEach(lessons::add);
            TimetableChange change = plan.outcome();
            audit.record(new AuditEntry(clock.instant(), actor.user(), "group.revise", "group", id, before,
                    group.auditState().withAll("lessonsKept", change.kept()).withAll("lessonsMoved", change.moved())
                            .with("lessonsAdded", change.added().size())
                            .with("lessonsRemoved", change.removed().size())));
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
        return transactions.inTransaction(() -> cardOf(visibleGroup(actor, SchedulePermission.TIMETABLE_READ, id)));
    }

    /** The groups of a course, by first day. */
    public List<GroupCard> ofCourse(Actor actor, CourseId courseId) {
        return transactions.inTransaction(() -> {
            access.require(actor, SchedulePermission.TIMETABLE_READ);
            Course course = courses.byId(courseId).orElseThrow(() -> new NotFound("course", courseId));
            access.require(actor, SchedulePermission.TIMETABLE_READ, course.branch());
            return groups.ofCourse(courseId).stream()
                    .sorted(Comparator.comparing(Group::startDate).thenComparing(g -> g.id().value()))
                    .map(this::cardOf)
                    .toList();
        });
    }

    /** The group's flags full and profitable, given how many seats are taken (the enrollment feature counts them). */
    public GroupFlags flags(Actor actor, GroupId id, int enrolledSeats) {
        if (enrolledSeats < 0) {
            throw new InvalidValue("group.enrolled", enrolledSeats, "must not be negative");
        }
        return transactions.inTransaction(() -> {
            Group group = visibleGroup(actor, SchedulePermission.TIMETABLE_READ, id);
            Course course = courses.byId(group.course()).orElseThrow(() -> new NotFound("course", group.course()));
            return GroupFlags.of(group, enrolledSeats, course.price());
        });
    }

    private void change(Actor actor, GroupId id, String action, Consumer<Group> change) {
        transactions.run(() -> {
            Group group = visibleGroup(actor, SchedulePermission.TIMETABLE_EDIT, id);
            AuditState before = group.auditState();
            change.accept(group);
            groups.update(group);
            audit.record(new AuditEntry(clock.instant(), actor.user(), action, "group", id, before,
                    group.auditState()));
        });
    }

    /** The form's fields, then what only the store knows: room, seats in it, teacher, payer, currency. */
    private GroupSettings checked(Actor actor, Course course, GroupForm form) {
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
            var scope = access.scopeOf(actor);
            clients.byId(settings.payer()).filter(c -> scope.includes(c.branch()))
                    .orElseThrow(() -> new InvalidValue("group.payer", settings.payer(), "no such client"));
        }
        if (!settings.runningCost().currency().equals(course.price().currency())) {
            throw new InvalidValue("group.runningCost", settings.runningCost(),
                    "must be in " + course.price().currency() + ", the currency of the course price");
        }
        return settings;
    }

    private GroupCard cardOf(Group group) {
        String title = courses.byId(group.course()).map(Course::title).orElse(null);
        String roomName = rooms.byId(group.room()).map(Room::name).orElse(null);
        String teacherName = people.byId(group.teacher()).map(Person::fullName).orElse(null);
        return new GroupCard(group.id(), group.version(), group.branch(), group.course(), title, group.settings(),
                roomName, teacherName, group.status(), lessons.ofGroup(group.id()).size(), group.createdAt());
    }

    private Group visibleGroup(Actor actor, Permission permission, GroupId id) {
        return access.visible(actor, permission, "group", id, () -> groups.byId(id), Group::branch);
    }
}

package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * Reading enrollment (E1–E3, K2): an enrollment's card, a group's roster, waiting list and
 * history, the groups below their minimum, and the levels a person finished.
 */
public final class RosterService {

    private final Enrollments enrollments;
    private final Promotions promotions;
    private final Groups groups;
    private final Courses courses;
    private final People people;
    private final Records<Enrollment, EnrollmentId> enrollmentRecords;
    private final Records<Group, GroupId> groupRecords;
    private final Records<Course, CourseId> courseRecords;
    private final Records<Person, PersonId> personRecords;
    private final UseCases useCases;

    public RosterService(EnrollmentPorts own, CatalogPorts catalog, SchedulePorts schedule, PeoplePorts people,
            UseCases useCases) {
        this.enrollments = own.enrollments();
        this.promotions = own.promotions();
        this.groups = schedule.groups();
        this.courses = catalog.courses();
        this.people = people.people();
        this.enrollmentRecords = EnrollmentRecords.enrollments(own);
        this.groupRecords = ScheduleRecords.groups(schedule);
        this.courseRecords = EnrollmentRecords.coursesOfGroups(catalog);
        this.personRecords = EnrollmentRecords.people(people);
        this.useCases = useCases;
    }

    /** The enrollment's card. */
    public EnrollmentCard card(Actor actor, EnrollmentId id) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            return cards(enrollments.ofGroup(enrollment.group()), e -> e.id().equals(id)).get(0);
        });
    }

    /** The students holding a seat in the group now, by ticket. */
    public List<EnrollmentCard> roster(Actor actor, GroupId group) {
        return ofGroup(actor, group, e -> e.status() == EnrollmentStatus.ENROLLED);
    }

    /** The group's waiting list, next to be seated first. */
    public List<EnrollmentCard> waitingList(Actor actor, GroupId group) {
        return ofGroup(actor, group, e -> e.status() == EnrollmentStatus.WAITING);
    }

    /** Every enrollment the group ever had, whatever became of it, by ticket. */
    public List<EnrollmentCard> history(Actor actor, GroupId group) {
        return ofGroup(actor, group, e -> true);
    }

    /**
     * The groups, in the actor's branches, that start between today and the cut-off date and
     * seat fewer students than their course's minimum: the ones to fill or cancel. By start.
     */
    public List<UnderfilledGroup> belowMinimum(Actor actor, LocalDate cutoff) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            LocalDate today = LocalDate.ofInstant(uc.now(), ZoneOffset.UTC);
            CalendarBounds.check("enrollment.cutoff", cutoff);
            if (cutoff == null || cutoff.isBefore(today)) {
                throw new InvalidValue("enrollment.cutoff", cutoff, "must be today, " + today + ", or later");
            }
            var scope = uc.scope();
            return groups.startingBetween(today, cutoff).stream()
                    .filter(g -> scope.includes(g.branch()) && g.status().isActive())
                    .map(g -> underfilled(uc, g)).filter(u -> u.missing() > 0)
                    .sorted(Comparator.comparing(UnderfilledGroup::startDate).thenComparing(u -> u.group().value()))
                    .toList();
        });
    }

    /** The levels the person finished, lowest level first. */
    public List<FinishedLevel> finishedLevels(Actor actor, PersonId person) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            EnrollmentRecords.loadPerson(uc, personRecords, person);
            CourseLevels levels = new CourseLevels(courses);
            return promotions.ofPeople(List.of(person)).stream()
                    .map(p -> new FinishedLevel(p.course(), courses.byId(p.course()).map(Course::title).orElse(null),
                            levels.of(p.course()), p.group(), p.finishedOn(), p.nextCourse()))
                    .sorted(Comparator.comparingInt(FinishedLevel::level).thenComparing(FinishedLevel::finishedOn))
                    .toList();
        });
    }

    private UnderfilledGroup underfilled(UseCase uc, Group group) {
        Course course = uc.load(courseRecords, group.course());
        int seated = (int) GroupSeats.seated(enrollments.ofGroup(group.id()));
        return new UnderfilledGroup(group.id(), group.name(), course.id(), course.title(), group.startDate(),
                group.status(), seated, course.minParticipants(), Math.max(0, course.minParticipants() - seated));
    }

    private List<EnrollmentCard> ofGroup(Actor actor, GroupId id, Predicate<Enrollment> which) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            uc.load(groupRecords, id);
            return cards(enrollments.ofGroup(id), which);
        });
    }

    private List<EnrollmentCard> cards(List<Enrollment> ofGroup, Predicate<Enrollment> which) {
        List<Enrollment> sorted = ofGroup.stream().sorted(Comparator.comparingLong(Enrollment::ticket)).toList();
        List<EnrollmentId> waiting = sorted.stream().filter(e -> e.status() == EnrollmentStatus.WAITING)
                .map(Enrollment::id).toList();
        List<Enrollment> shown = sorted.stream().filter(which).toList();
        Map<PersonId, String> names = people.byIds(shown.stream().map(Enrollment::student).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Person::fullName, (a, b) -> a));
        return shown.stream().map(e -> new EnrollmentCard(e.id(), e.version(), e.group(), e.course(), e.student(),
                names.get(e.student()), e.status(), e.ticket(), waiting.indexOf(e.id()) + 1, e.registration(),
                e.requestedAt(), e.seatedAt(), e.endedAt(), e.withdrawalReason(), e.endNote(), e.transferredFrom(),
                e.transferredTo(), e.certification(), e.seatHolders())).toList();
    }
}

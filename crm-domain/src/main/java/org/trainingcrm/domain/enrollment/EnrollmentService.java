package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_WRITE;

import java.time.LocalDate;
import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.SchedulePorts;

/**
 * Use cases of enrollment (E1–E3, E8, K2): enroll a student (or put them on the waiting list),
 * withdraw, drop out, transfer, give a company's seat to another employee, complete a level.
 * Each takes the group's seat lock first, so the seats are counted by one request at a time, and
 * every freed seat goes to the waiting list at once.
 */
public final class EnrollmentService {

    private final Enrollments enrollments;
    private final WithdrawalReasons reasons;
    private final Promotions promotions;
    private final Courses courses;
    private final Records<Enrollment, EnrollmentId> enrollmentRecords;
    private final Records<Person, PersonId> people;
    private final Records<Client, ClientId> clients;
    private final GroupSeats seats;
    private final StudentChecks checks;
    private final UseCases useCases;

    public EnrollmentService(EnrollmentPorts own, CatalogPorts catalog, SchedulePorts schedule, PeoplePorts people,
            ClientPorts clients, UseCases useCases) {
        this.enrollments = own.enrollments();
        this.reasons = own.withdrawalReasons();
        this.promotions = own.promotions();
        this.courses = catalog.courses();
        this.enrollmentRecords = EnrollmentRecords.enrollments(own);
        this.people = EnrollmentRecords.people(people);
        this.clients = Records.of("client", clients.clients()::byId, Client::branch);
        this.seats = new GroupSeats(own, schedule, catalog, people);
        this.checks = new StudentChecks(courses, promotions);
        this.useCases = useCases;
    }

    /**
     * Registers the student in the group: seated when a seat is free, else on the waiting list.
     * A tentative group whose course's minimum is now seated is confirmed, with notices.
     *
     * @throws InvalidValue naming {@code enrollment.student}, {@code enrollment.registeredByPerson},
     *     {@code enrollment.employer} or {@code enrollment.payer} when they do not exist
     * @throws RuleViolation {@code enrollment.group.closed}, {@code enrollment.duplicate},
     *     {@code enrollment.minorWithoutGuardian} or {@code enrollment.prerequisite}
     */
    public EnrollmentId enroll(Actor actor, GroupId groupId, PersonId studentId, Registration registration) {
        return useCases.change(actor, ENROLLMENT_WRITE, uc -> {
            if (registration == null) {
                throw new InvalidValue("enrollment.registration", null, "is required");
            }
            Group group = seats.lock(uc, groupId);
            Person student = existing(uc, "enrollment.student", studentId);
            checkRegistration(uc, registration, studentId);
            Course course = seats.courseOf(uc, group);
            List<Enrollment> ofGroup = enrollments.ofGroup(groupId);
            checks.require(student, group, course, ofGroup, today(uc, group));
            boolean seatFree = GroupSeats.seated(ofGroup) < group.seats();
            Enrollment enrollment = new Enrollment(EnrollmentId.newId(), group, studentId, registration, actor.user(),
                    GroupSeats.nextTicket(ofGroup), seatFree, uc.now());
            uc.add(enrollmentRecords, enrollment, enrollment.id(), "enrollment.enroll");
            seats.settle(uc, group);
            return enrollment.id();
        });
    }

    /**
     * Withdraws before the group starts (or leaves the waiting list), with a reason from the
     * dictionary for the refund; the seat goes to the first on the waiting list.
     *
     * @throws RuleViolation {@code enrollment.withdraw.afterStart} or {@code enrollment.withdraw.status}
     */
    public void withdraw(Actor actor, EnrollmentId id, WithdrawalReasonId reasonId, String note) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            Group group = seats.lock(uc, enrollment.group());
            if (reasonId == null) {
                throw new InvalidValue("enrollment.withdrawalReason", null, "is required, for the refund");
            }
            reasons.byId(reasonId).orElseThrow(() ->
                    new InvalidValue("enrollment.withdrawalReason", reasonId, "no such reason in the dictionary"));
            String checkedNote = Text.optional("enrollment.note", note, 1000);
            uc.apply(enrollmentRecords, enrollment, id, "enrollment.withdraw",
                    e -> e.withdraw(reasonId, checkedNote, today(uc, group), group.startDate(), uc.now()));
            seats.settle(uc, group);
        });
    }

    /**
     * Records that a seated student left during the course; the seat goes to the waiting list.
     *
     * @throws RuleViolation {@code enrollment.dropOut.beforeStart} or {@code enrollment.dropOut.status}
     */
    public void dropOut(Actor actor, EnrollmentId id, String note) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            Group group = seats.lock(uc, enrollment.group());
            String checkedNote = Text.optional("enrollment.note", note, 1000);
            uc.apply(enrollmentRecords, enrollment, id, "enrollment.dropOut",
                    e -> e.dropOut(checkedNote, today(uc, group), group.startDate(), uc.now()));
            seats.settle(uc, group);
        });
    }

    /**
     * Moves a seated student to a free seat of another group of the same course. The old
     * enrollment ends as transferred and names the new one, which names it back.
     *
     * @throws RuleViolation {@code enrollment.transfer.otherCourse}, {@code enrollment.transfer.full},
     *     {@code enrollment.transfer.status} and the rules of {@link #enroll}
     */
    public EnrollmentId transfer(Actor actor, EnrollmentId id, GroupId targetId) {
        return useCases.change(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            if (targetId == null || targetId.equals(enrollment.group())) {
                throw new InvalidValue("enrollment.targetGroup", targetId, "must be another group of the course");
            }
            // both locks in id order: two transfers the opposite way never wait on each other
            boolean sourceFirst = enrollment.group().value().compareTo(targetId.value()) < 0;
            Group first = seats.lock(uc, sourceFirst ? enrollment.group() : targetId);
            Group second = seats.lock(uc, sourceFirst ? targetId : enrollment.group());
            Group source = sourceFirst ? first : second;
            Group target = sourceFirst ? second : first;
            if (!target.course().equals(source.course())) {
                throw new RuleViolation("enrollment.transfer.otherCourse",
                        "group " + target.name() + " runs another course");
            }
            Course course = seats.courseOf(uc, target);
            Person student = existing(uc, "enrollment.student", enrollment.student());
            List<Enrollment> ofTarget = enrollments.ofGroup(targetId);
            checks.require(student, target, course, ofTarget, today(uc, target));
            if (GroupSeats.seated(ofTarget) >= target.seats()) {
                throw new RuleViolation("enrollment.transfer.full", "group " + target.name() + " has no free seat");
            }
            Enrollment moved = enrollment.transferredInto(EnrollmentId.newId(), target,
                    GroupSeats.nextTicket(ofTarget), actor.user(), uc.now());
            uc.apply(enrollmentRecords, enrollment, id, "enrollment.transferOut",
                    e -> e.transferTo(moved.id(), uc.now()));
            uc.add(enrollmentRecords, moved, moved.id(), "enrollment.transferIn");
            seats.settle(uc, source);
            seats.settle(uc, target);
            return moved.id();
        });
    }

    /**
     * A company sends another employee in the seat it registered: seat, ticket, payer and
     * registration stay, the student changes, and the seat keeps who held it before.
     *
     * @throws RuleViolation {@code enrollment.substitute.notCompany}, {@code enrollment.substitute.status}
     *     and the rules a new student meets in {@link #enroll}
     */
    public void substitute(Actor actor, EnrollmentId id, PersonId newStudentId) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            Group group = seats.lock(uc, enrollment.group());
            Person newStudent = existing(uc, "enrollment.student", newStudentId);
            Course course = seats.courseOf(uc, group);
            uc.apply(enrollmentRecords, enrollment, id, "enrollment.substitute", e -> {
                e.substitute(newStudentId, uc.now());
                List<Enrollment> others = enrollments.ofGroup(group.id()).stream()
                        .filter(other -> !other.id().equals(e.id())).toList();
                checks.require(newStudent, group, course, others, today(uc, group));
            });
        });
    }

    /**
     * Records that the student finished the level, and their promotion to the next one (the
     * course that names this one as its prerequisite, when there is exactly one).
     *
     * @throws RuleViolation {@code enrollment.complete.failed}, {@code enrollment.complete.beforeStart} or
     *     {@code enrollment.complete.status}
     */
    public void complete(Actor actor, EnrollmentId id) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            Group group = seats.lock(uc, enrollment.group());
            LocalDate today = today(uc, group);
            uc.apply(enrollmentRecords, enrollment, id, "enrollment.complete", e -> {
                e.complete(today, group.startDate(), uc.now());
                List<CourseListing> next = courses.followersOf(e.course());
                promotions.add(new Promotion(e, next.size() == 1 ? next.get(0).id() : null, today, actor.user(),
                        uc.now()));
            });
        });
    }

    /** A person the enrollment names; one missing or outside the actor's scope is an invalid value. */
    private Person existing(UseCase uc, String field, PersonId id) {
        if (id == null) {
            throw new InvalidValue(field, null, "is required");
        }
        return EnrollmentRecords.person(uc, people, id).orElseThrow(() -> new InvalidValue(field, id, "no such person"));
    }

    private void checkRegistration(UseCase uc, Registration registration, PersonId student) {
        if (registration.registeredByPerson() != null) {
            existing(uc, "enrollment.registeredByPerson", registration.registeredByPerson());
            if (registration.registeredByPerson().equals(student)) {
                throw new InvalidValue("enrollment.registeredByPerson", student,
                        "is the student; register them by themself instead");
            }
        }
        client(uc, "enrollment.employer", registration.employer());
        client(uc, "enrollment.payer", registration.payer());
    }

    private void client(UseCase uc, String field, ClientId id) {
        if (id != null) {
            uc.find(clients, id).orElseThrow(() -> new InvalidValue(field, id, "no such client"));
        }
    }

    private static LocalDate today(UseCase uc, Group group) {
        return LocalDate.ofInstant(uc.now(), group.zone());
    }
}

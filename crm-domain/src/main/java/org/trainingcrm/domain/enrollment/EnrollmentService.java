package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;

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
    private final People people;
    private final Clients clients;
    private final GroupSeats seats;
    private final StudentChecks checks;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public EnrollmentService(EnrollmentCollaborators ports, AccessPolicy access, Transactions transactions, AuditLog audit,
            Clock clock) {
        this.enrollments = ports.enrollments();
        this.reasons = ports.withdrawalReasons();
        this.promotions = ports.promotions();
        this.courses = ports.courses();
        this.people = ports.people();
        this.clients = ports.clients();
        this.seats = ports.seats(audit, clock);
        this.checks = new StudentChecks(courses, promotions);
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
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
        return transactions.inTransaction(() -> {
            access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE);
            if (registration == null) {
                throw new InvalidValue("enrollment.registration", null, "is required");
            }
            Group group = seats.lock(groupId);
            access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE, group.branch());
            Person student = existing("enrollment.student", studentId);
            checkRegistration(actor, registration, studentId);
            Course course = courses.byId(group.course()).orElseThrow(() -> new NotFound("course", group.course()));
            List<Enrollment> ofGroup = enrollments.ofGroup(groupId);
            checks.require(student, group, course, ofGroup, today(group));
            boolean seatFree = GroupSeats.seated(ofGroup) < group.seats();
            Enrollment enrollment = new Enrollment(EnrollmentId.newId(), group, studentId, registration, actor.user(),
                    GroupSeats.nextTicket(ofGroup), seatFree, clock.instant());
            enrollments.add(enrollment);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "enrollment.enroll", "enrollment",
                    enrollment.id(), null, enrollment.auditState()));
            seats.settle(actor, group);
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
        transactions.run(() -> {
            Enrollment enrollment = load(actor, id);
            Group group = seats.lock(enrollment.group());
            if (reasonId == null) {
                throw new InvalidValue("enrollment.withdrawalReason", null, "is required, for the refund");
            }
            reasons.byId(reasonId).orElseThrow(() ->
                    new InvalidValue("enrollment.withdrawalReason", reasonId, "no such reason in the dictionary"));
            String checkedNote = Text.optional("enrollment.note", note, 1000);
            var before = enrollment.auditState();
            enrollment.withdraw(reasonId, checkedNote, today(group), group.startDate(), clock.instant());
            changed(actor, "enrollment.withdraw", enrollment, before);
            seats.settle(actor, group);
        });
    }

    /**
     * Records that a seated student left during the course; the seat goes to the waiting list.
     *
     * @throws RuleViolation {@code enrollment.dropOut.beforeStart} or {@code enrollment.dropOut.status}
     */
    public void dropOut(Actor actor, EnrollmentId id, String note) {
        transactions.run(() -> {
            Enrollment enrollment = load(actor, id);
            Group group = seats.lock(enrollment.group());
            String checkedNote = Text.optional("enrollment.note", note, 1000);
            var before = enrollment.auditState();
            enrollment.dropOut(checkedNote, today(group), group.startDate(), clock.instant());
            changed(actor, "enrollment.dropOut", enrollment, before);
            seats.settle(actor, group);
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
        return transactions.inTransaction(() -> {
            Enrollment enrollment = load(actor, id);
            if (targetId == null || targetId.equals(enrollment.group())) {
                throw new InvalidValue("enrollment.targetGroup", targetId, "must be another group of the course");
            }
            // both locks in id order: two transfers the opposite way never wait on each other
            boolean sourceFirst = enrollment.group().value().compareTo(targetId.value()) < 0;
            Group first = seats.lock(sourceFirst ? enrollment.group() : targetId);
            Group second = seats.lock(sourceFirst ? targetId : enrollment.group());
            Group source = sourceFirst ? first : second;
            Group target = sourceFirst ? second : first;
            access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE, target.branch());
            if (!target.course().equals(source.course())) {
                throw new RuleViolation("enrollment.transfer.otherCourse",
                        "group " + target.name() + " runs another course");
            }
            Course course = courses.byId(target.course()).orElseThrow(() -> new NotFound("course", target.course()));
            Person student = existing("enrollment.student", enrollment.student());
            List<Enrollment> ofTarget = enrollments.ofGroup(targetId);
            checks.require(student, target, course, ofTarget, today(target));
            if (GroupSeats.seated(ofTarget) >= target.seats()) {
                throw new RuleViolation("enrollment.transfer.full", "group " + target.name() + " has no free seat");
            }
            var before = enrollment.auditState();
            Enrollment moved = enrollment.transferredInto(EnrollmentId.newId(), target,
                    GroupSeats.nextTicket(ofTarget), actor.user(), clock.instant());
            enrollment.transferTo(moved.id(), clock.instant());
            changed(actor, "enrollment.transferOut", enrollment, before);
            enrollments.add(moved);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "enrollment.transferIn", "enrollment",
                    moved.id(), null, moved.auditState()));
            seats.settle(actor, source);
            seats.settle(actor, target);
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
        transactions.run(() -> {
            Enrollment enrollment = load(actor, id);
            Group group = seats.lock(enrollment.group());
            Person newStudent = existing("enrollment.student", newStudentId);
            Course course = courses.byId(group.course()).orElseThrow(() -> new NotFound("course", group.course()));
            var before = enrollment.auditState();
            enrollment.substitute(newStudentId, clock.instant());
            List<Enrollment> others = enrollments.ofGroup(group.id()).stream()
                    .filter(e -> !e.id().equals(enrollment.id())).toList();
            checks.require(newStudent, group, course, others, today(group));
            changed(actor, "enrollment.substitute", enrollment, before);
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
        transactions.run(() -> {
            Enrollment enrollment = load(actor, id);
            Group group = seats.lock(enrollment.group());
            var before = enrollment.auditState();
            LocalDate today = today(group);
            enrollment.complete(today, group.startDate(), clock.instant());
            List<CourseListing> next = courses.followersOf(enrollment.course());
            promotions.add(new Promotion(enrollment, next.size() == 1 ? next.get(0).id() : null, today, actor.user(),
                    clock.instant()));
            changed(actor, "enrollment.complete", enrollment, before);
        });
    }

    private Enrollment load(Actor actor, EnrollmentId id) {
        access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE);
        Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new NotFound("enrollment", id));
        access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE, enrollment.branch());
        return enrollment;
    }

    private void changed(Actor actor, String action, Enrollment enrollment,
            org.trainingcrm.domain.kernel.AuditState before) {
        enrollments.update(enrollment);
        audit.record(new AuditEntry(clock.instant(), actor.user(), action, "enrollment", enrollment.id(), before,
                enrollment.auditState()));
    }

    private Person existing(String field, PersonId id) {
        if (id == null) {
            throw new InvalidValue(field, null, "is required");
        }
        return people.byId(id).orElseThrow(() -> new InvalidValue(field, id, "no such person"));
    }

    private void checkRegistration(Actor actor, Registration registration, PersonId student) {
        if (registration.registeredByPerson() != null) {
            existing("enrollment.registeredByPerson", registration.registeredByPerson());
            if (registration.registeredByPerson().equals(student)) {
                throw new InvalidValue("enrollment.registeredByPerson", student,
                        "is the student; register them by themself instead");
            }
        }
        client(actor, "enrollment.employer", registration.employer());
        client(actor, "enrollment.payer", registration.payer());
    }

    private void client(Actor actor, String field, ClientId id) {
        if (id != null) {
            var scope = access.scopeOf(actor);
            clients.byId(id).filter(c -> scope.includes(c.branch()))
                    .orElseThrow(() -> new InvalidValue(field, id, "no such client"));
        }
    }

    private LocalDate today(Group group) {
        return LocalDate.ofInstant(clock.instant(), group.zone());
    }
}

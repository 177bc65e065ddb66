package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * One student's place in one group (E1–E3, E8): requested with a registration, seated or on the
 * waiting list in the order of its ticket, and left in one of the named ways. Every change of
 * status is a method with its own rule; the student of a company's seat may change, and the
 * seat keeps the history of who held it.
 */
public class Enrollment {

    private EnrollmentId id;
    private GroupId group;
    private CourseId course;
    private BranchId branch;
    private PersonId student;
    private EnrollmentStatus status;
    private long ticket;
    private RegistrationChannel channel;
    private PersonId registeredByPerson;
    private UserId registeredByUser;
    private ClientId employer;
    private ClientId payer;
    private UserId recordedBy;
    private Instant requestedAt;
    private Instant seatedAt;
    private Instant endedAt;
    private WithdrawalReasonId withdrawalReason;
    private String endNote;
    private EnrollmentId transferredFrom;
    private EnrollmentId transferredTo;
    private Certification certification;
    private Instant certifiedAt;
    private List<SeatHolder> seatHolders = new ArrayList<>();
    private long version;

    protected Enrollment() {
    }

    /**
     * A request for a place in the group: seated at once when a seat is free, else waiting.
     *
     * @param ticket the request's place in the group's order of requests; the waiting list follows it
     */
    public Enrollment(EnrollmentId id, Group group, PersonId student, Registration registration, UserId recordedBy,
            long ticket, boolean seatFree, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = group.id();
        this.course = group.course();
        this.branch = group.branch();
        this.student = Objects.requireNonNull(student, "student");
        this.ticket = ticket;
        this.channel = registration.channel();
        this.registeredByPerson = registration.registeredByPerson();
        this.registeredByUser = registration.registeredByUser();
        this.employer = registration.employer();
        this.payer = registration.payer();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.requestedAt = now;
        this.status = seatFree ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITING;
        this.seatedAt = seatFree ? now : null;
        seatHolders.add(SeatHolder.from(student, now));
    }

    /** The seat this enrollment takes in another group of the course, carrying over the registration. */
    public Enrollment transferredInto(EnrollmentId newId, Group target, long targetTicket, UserId by, Instant now) {
        Enrollment moved = new Enrollment(newId, target, student, registration(), by, targetTicket, true, now);
        moved.transferredFrom = id;
        return moved;
    }

    /**
     * A waiting student takes the seat that has come free.
     *
     * @throws RuleViolation {@code enrollment.takeSeat.notWaiting} unless the student is waiting
     */
    public void takeSeat(Instant now) {
        require("enrollment.takeSeat.notWaiting", "take a seat", EnrollmentStatus.WAITING);
        status = EnrollmentStatus.ENROLLED;
        seatedAt = now;
    }

    /**
     * Withdraws before the group starts, or leaves the waiting list at any time.
     *
     * @throws RuleViolation {@code enrollment.withdraw.afterStart} for a seated student once the group has
     *     started (that is a drop-out), {@code enrollment.withdraw.status} when no longer active
     */
    public void withdraw(WithdrawalReasonId reason, String note, LocalDate today, LocalDate groupStart, Instant now) {
        require("enrollment.withdraw.status", "withdraw", EnrollmentStatus.WAITING, EnrollmentStatus.ENROLLED);
        if (reason == null) {
            throw new InvalidValue("enrollment.withdrawalReason", null, "is required, for the refund");
        }
        if (status == EnrollmentStatus.ENROLLED && !today.isBefore(groupStart)) {
            throw new RuleViolation("enrollment.withdraw.afterStart", "the group started on " + groupStart
                    + "; a student who leaves now drops out");
        }
        end(EnrollmentStatus.WITHDRAWN, note, now);
        withdrawalReason = reason;
    }

    /**
     * Leaves during the course.
     *
     * @throws RuleViolation {@code enrollment.dropOut.beforeStart} before the group starts (withdraw instead),
     *     {@code enrollment.dropOut.status} unless seated
     */
    public void dropOut(String note, LocalDate today, LocalDate groupStart, Instant now) {
        require("enrollment.dropOut.status", "drop out", EnrollmentStatus.ENROLLED);
        if (today.isBefore(groupStart)) {
            throw new RuleViolation("enrollment.dropOut.beforeStart", "the group starts on " + groupStart
                    + "; before that a student withdraws");
        }
        end(EnrollmentStatus.DROPPED_OUT, note, now);
    }

    /**
     * Leaves the group for the seat of the given enrollment in another group of the course.
     *
     * @throws RuleViolation {@code enrollment.transfer.status} unless seated
     */
    public void transferTo(EnrollmentId target, Instant now) {
        require("enrollment.transfer.status", "transfer", EnrollmentStatus.ENROLLED);
        end(EnrollmentStatus.TRANSFERRED_OUT, null, now);
        transferredTo = target;
    }

    /**
     * Another employee of the company takes the seat; the registration, payer and history stay.
     *
     * @throws RuleViolation {@code enrollment.substitute.notCompany} unless a company registered the seat,
     *     {@code enrollment.substitute.status} unless the seat is active
     */
    public void substitute(PersonId newStudent, Instant now) {
        if (channel != RegistrationChannel.COMPANY) {
            throw new RuleViolation("enrollment.substitute.notCompany",
                    "only a seat a company registered may be given to another employee; this one is " + channel);
        }
        require("enrollment.substitute.status", "change its student", EnrollmentStatus.WAITING,
                EnrollmentStatus.ENROLLED);
        if (newStudent == null || newStudent.equals(student)) {
            throw new InvalidValue("enrollment.student", newStudent, "must be another person than the one holding the seat");
        }
        int last = seatHolders.size() - 1;
        seatHolders.set(last, seatHolders.get(last).endedAt(now));
        seatHolders.add(SeatHolder.from(newStudent, now));
        student = newStudent;
    }

    /**
     * Records the certification result; a later one replaces it.
     *
     * @throws RuleViolation {@code enrollment.certify.status} unless seated or completed
     */
    public void certify(Certification result, Instant now) {
        if (result == null) {
            throw new InvalidValue("enrollment.certification", null, "is required");
        }
        require("enrollment.certify.status", "be certified", EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED);
        certification = result;
        certifiedAt = now;
    }

    /**
     * The student finished the level.
     *
     * @throws RuleViolation {@code enrollment.complete.failed} after a failed certification,
     *     {@code enrollment.complete.beforeStart} before the group starts, {@code enrollment.complete.status}
     *     unless seated
     */
    public void complete(LocalDate today, LocalDate groupStart, Instant now) {
        require("enrollment.complete.status", "complete the level", EnrollmentStatus.ENROLLED);
        if (certification == Certification.FAILED) {
            throw new RuleViolation("enrollment.complete.failed", "the student failed the certification");
        }
        if (today.isBefore(groupStart)) {
            throw new RuleViolation("enrollment.complete.beforeStart", "the group starts only on " + groupStart);
        }
        end(EnrollmentStatus.COMPLETED, null, now);
    }

    public EnrollmentId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public CourseId course() {
        return course;
    }

    public BranchId branch() {
        return branch;
    }

    /** The person holding the seat now. */
    public PersonId student() {
        return student;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public long ticket() {
        return ticket;
    }

    public Registration registration() {
        return new Registration(channel, registeredByPerson, registeredByUser, employer, payer);
    }

    public Optional<ClientId> payer() {
        return Optional.ofNullable(payer);
    }

    /** The user who recorded the request. */
    public UserId recordedBy() {
        return recordedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Optional<Instant> seatedAt() {
        return Optional.ofNullable(seatedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<WithdrawalReasonId> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    public Optional<String> endNote() {
        return Optional.ofNullable(endNote);
    }

    public Optional<EnrollmentId> transferredFrom() {
        return Optional.ofNullable(transferredFrom);
    }

    public Optional<EnrollmentId> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    public Optional<Certification> certification() {
        return Optional.ofNullable(certification);
    }

    /** Everyone who held the seat, the first first; the last one holds it now unless it ended. */
    public List<SeatHolder> seatHolders() {
        return List.copyOf(seatHolders);
    }

    public long version() {
        return version;
    }

    /** The audited fields now. */
    public AuditState auditState() {
        return new AuditState()
                .with("group", group)
                .with("student", student)
                .with("status", status)
                .with("ticket", ticket)
                .with("channel", channel)
                .with("registeredByPerson", registeredByPerson)
                .with("registeredByUser", registeredByUser)
                .with("employer", employer)
                .with("payer", payer)
                .with("withdrawalReason", withdrawalReason)
                .with("endNote", endNote)
                .with("transferredFrom", transferredFrom)
                .with("transferredTo", transferredTo)
                .with("certification", certification);
    }

    private void end(EnrollmentStatus next, String note, Instant now) {
        status = next;
        endedAt = now;
        endNote = note;
    }

    private void require(String rule, String what, EnrollmentStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new RuleViolation(rule, "an enrollment that is " + status + " cannot " + what);
        }
    }
}

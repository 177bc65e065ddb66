package org.trainingcrm.domain.attendance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.LessonId;

/**
 * One person's attendance of one lesson (E4): present, absent or late, and how it is paid. A
 * student of the group refers to their enrollment; a make-up or trial guest to their visit.
 */
public class AttendanceMark {

    private UUID id;
    private LessonId lesson;
    private GroupId group;
    private PersonId person;
    private EnrollmentId enrollment;
    private VisitId visit;
    private AttendanceStatus status;
    private PaymentForm payment;
    private UserId markedBy;
    private Instant markedAt;
    private long version;

    protected AttendanceMark() {
    }

    public AttendanceMark(LessonId lesson, GroupId group, PersonId person, EnrollmentId enrollment, VisitId visit,
            AttendanceStatus status, PaymentForm payment, UserId markedBy, Instant markedAt) {
        this.id = Ids.timeOrdered();
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.group = Objects.requireNonNull(group, "group");
        this.person = Objects.requireNonNull(person, "person");
        this.enrollment = enrollment;
        this.visit = visit;
        revise(status, payment, markedBy, markedAt);
    }

    /** Corrects the mark; the last one counts. */
    public void revise(AttendanceStatus newStatus, PaymentForm newPayment, UserId by, Instant at) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.payment = Objects.requireNonNull(newPayment, "payment");
        this.markedBy = Objects.requireNonNull(by, "by");
        this.markedAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public LessonId lesson() {
        return lesson;
    }

    public GroupId group() {
        return group;
    }

    public PersonId person() {
        return person;
    }

    public Optional<EnrollmentId> enrollment() {
        return Optional.ofNullable(enrollment);
    }

    public Optional<VisitId> visit() {
        return Optional.ofNullable(visit);
    }

    public AttendanceStatus status() {
        return status;
    }

    public PaymentForm payment() {
        return payment;
    }

    public UserId markedBy() {
        return markedBy;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public long version() {
        return version;
    }
}

package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * A notice to one registrant of a group (E8): the student, with a copy to whoever registered
 * them (a person, or the employer), a subject, a text and the group's lessons as an iCalendar
 * attachment. How it travels (e-mail, SMS, a message in the host's app) is the {@link Notifier}'s
 * business.
 */
public class Notice {

    private UUID id;
    private NoticeKind kind;
    private GroupId group;
    private EnrollmentId enrollment;
    private PersonId student;
    private PersonId registeredByPerson;
    private ClientId employer;
    private String subject;
    private String body;
    private String calendar;
    private Instant createdAt;

    protected Notice() {
    }

    public Notice(NoticeKind kind, Enrollment enrollment, String subject, String body, String calendar,
            Instant createdAt) {
        this.id = Ids.timeOrdered();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.group = enrollment.group();
        this.enrollment = enrollment.id();
        this.student = enrollment.student();
        this.registeredByPerson = enrollment.registration().registeredByPerson();
        this.employer = enrollment.registration().employer();
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID id() {
        return id;
    }

    public NoticeKind kind() {
        return kind;
    }

    public GroupId group() {
        return group;
    }

    public EnrollmentId enrollment() {
        return enrollment;
    }

    /** The addressee: the student holding the seat. */
    public PersonId student() {
        return student;
    }

    /** A copy goes to the person who registered the student, if one did. */
    public Optional<PersonId> registeredByPerson() {
        return Optional.ofNullable(registeredByPerson);
    }

    /** A copy goes to the employer that registered the student, if one did. */
    public Optional<ClientId> employer() {
        return Optional.ofNullable(employer);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The group's lessons as iCalendar text (RFC 5545), to attach as text/calendar. */
    public String calendar() {
        return calendar;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * A finished level (K2, E3): the person completed the course in the group and may go on to the
 * next level, the course that names it as its prerequisite. Prerequisite checks and the
 * referral figures read these.
 */
public class Promotion {

    private UUID id;
    private PersonId person;
    private CourseId course;
    private GroupId group;
    private EnrollmentId enrollment;
    private CourseId nextCourse;
    private LocalDate finishedOn;
    private Instant recordedAt;
    private UserId recordedBy;

    protected Promotion() {
    }

    public Promotion(Enrollment enrollment, CourseId nextCourse, LocalDate finishedOn, UserId recordedBy,
            Instant recordedAt) {
        this.id = Ids.timeOrdered();
        this.person = enrollment.student();
        this.course = enrollment.course();
        this.group = enrollment.group();
        this.enrollment = enrollment.id();
        this.nextCourse = nextCourse;
        this.finishedOn = Objects.requireNonNull(finishedOn, "finishedOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public UUID id() {
        return id;
    }

    public PersonId person() {
        return person;
    }

    /** The course (level) finished. */
    public CourseId course() {
        return course;
    }

    public GroupId group() {
        return group;
    }

    public EnrollmentId enrollment() {
        return enrollment;
    }

    /** The next level the student is promoted to, when the catalogue has exactly one. */
    public Optional<CourseId> nextCourse() {
        return Optional.ofNullable(nextCourse);
    }

    public LocalDate finishedOn() {
        return finishedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

package org.trainingcrm.domain.certificate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.LessonId;

/**
 * A grade (E5): for one lesson, or the final grade of the course when no lesson is named. The
 * scale is the centre's own (5, A, 92, "зараховано"), kept as text.
 */
public class Grade {

    /** The longest grade, in characters. */
    public static final int MAX_LENGTH = 20;

    private UUID id;
    private EnrollmentId enrollment;
    private GroupId group;
    private PersonId student;
    private LessonId lesson;
    private String grade;
    private UserId gradedBy;
    private Instant gradedAt;
    private long version;

    protected Grade() {
    }

    public Grade(EnrollmentId enrollment, GroupId group, PersonId student, LessonId lesson, String grade,
            UserId by, Instant at) {
        this.id = Ids.timeOrdered();
        this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
        this.group = Objects.requireNonNull(group, "group");
        this.student = Objects.requireNonNull(student, "student");
        this.lesson = lesson;
        revise(grade, by, at);
    }

    /** Replaces the grade. */
    public void revise(String newGrade, UserId by, Instant at) {
        this.grade = Text.required("grade.value", newGrade, MAX_LENGTH);
        this.gradedBy = Objects.requireNonNull(by, "by");
        this.gradedAt = Objects.requireNonNull(at, "at");
    }

    public UUID id() {
        return id;
    }

    public EnrollmentId enrollment() {
        return enrollment;
    }

    public GroupId group() {
        return group;
    }

    public PersonId student() {
        return student;
    }

    /** The lesson graded; empty for the final grade. */
    public Optional<LessonId> lesson() {
        return Optional.ofNullable(lesson);
    }

    public String grade() {
        return grade;
    }

    public Instant gradedAt() {
        return gradedAt;
    }

    public long version() {
        return version;
    }
}

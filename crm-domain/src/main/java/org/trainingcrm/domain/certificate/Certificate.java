package org.trainingcrm.domain.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * A certificate issued to a student who passed (E5). Its number is unique and sequential per
 * course and year: {@code <course code>-<year>-<0001>}, where the course code is the last eight
 * hexadecimal digits of the course id in capitals (the catalogue has no course code of its own;
 * the random tail of the time-ordered id tells courses apart).
 */
public class Certificate {

    private UUID id;
    private String number;
    private CourseId course;
    private int yearNo;
    private int sequenceNo;
    private EnrollmentId enrollment;
    private GroupId group;
    private PersonId student;
    private LocalDate issuedOn;
    private UserId issuedBy;
    private Instant issuedAt;

    protected Certificate() {
    }

    public Certificate(Enrollment enrollment, int sequence, LocalDate issuedOn, UserId issuedBy, Instant issuedAt) {
        this.id = Ids.timeOrdered();
        this.course = enrollment.course();
        this.yearNo = issuedOn.getYear();
        this.sequenceNo = sequence;
        this.number = numberOf(course, yearNo, sequence);
        this.enrollment = enrollment.id();
        this.group = enrollment.group();
        this.student = enrollment.student();
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** The number of the course's certificate of the year with the given sequence: {@code 9F3A01BC-2026-0001}. */
    public static String numberOf(CourseId course, int year, int sequence) {
        String id = course.value().toString().replace("-", "");
        return id.substring(id.length() - 8).toUpperCase(Locale.ROOT) + "-" + year + "-"
                + String.format(Locale.ROOT, "%04d", sequence);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CourseId course() {
        return course;
    }

    public int year() {
        return yearNo;
    }

    public int sequence() {
        return sequenceNo;
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

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}

package org.trainingcrm.domain.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.enrollment.EnrollmentPermission;

/**
 * Certificates (E5): issued to students who passed, numbered per course and year without gaps
 * or repeats even when issued at once from many places, and the group's issue list. Issuing
 * takes {@link Permission#CERTIFICATE_ISSUE}, which only administrators hold by default.
 */
public final class CertificateService {

    private final Certificates certificates;
    private final CertificateNumbers numbers;
    private final Grades grades;
    private final Enrollments enrollments;
    private final Groups groups;
    private final Courses courses;
    private final People people;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public CertificateService(Certificates certificates, CertificateNumbers numbers, Grades grades,
            Enrollments enrollments, Groups groups, Courses courses, People people, AccessPolicy access,
            Transactions transactions, AuditLog audit, Clock clock) {
        this.certificates = certificates;
        this.numbers = numbers;
        this.grades = grades;
        this.enrollments = enrollments;
        this.groups = groups;
        this.courses = courses;
        this.people = people;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the student's certificate and returns its number.
     *
     * @throws RuleViolation {@code certificate.notPassed} unless the certification was passed,
     *     {@code certificate.duplicate} when one was issued already
     */
    public String issue(Actor actor, EnrollmentId id) {
        return transactions.inTransaction(() -> {
            access.require(actor, CertificatePermission.CERTIFICATE_ISSUE);
            Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new NotFound("enrollment", id));
            access.require(actor, CertificatePermission.CERTIFICATE_ISSUE, enrollment.branch());
            Group group = groups.byId(enrollment.group()).orElseThrow(() -> new NotFound("group", enrollment.group()));
            return issued(actor, enrollment, group).number();
        });
    }

    /** Issues a certificate to every student of the group who passed and has none yet; their numbers, in turn. */
    public List<String> issueAll(Actor actor, GroupId groupId) {
        return transactions.inTransaction(() -> {
            Group group = visible(actor, CertificatePermission.CERTIFICATE_ISSUE, groupId);
            List<String> issued = new ArrayList<>();
            enrollments.ofGroup(groupId).stream()
                    .filter(e -> e.certification().filter(Certification.PASSED::equals).isPresent())
                    .filter(e -> certificates.ofEnrollment(e.id()).isEmpty())
                    .sorted(Comparator.comparingLong(Enrollment::ticket))
                    .forEach(e -> issued.add(issued(actor, e, group).number()));
            return issued;
        });
    }

    /** The group's certificate issue list, by number. */
    public List<CertificateLine> issueList(Actor actor, GroupId groupId) {
        return transactions.inTransaction(() -> {
            Group group = visible(actor, EnrollmentPermission.ENROLLMENT_READ, groupId);
            String title = courses.byId(group.course()).map(Course::title).orElse(null);
            List<Certificate> issued = certificates.ofGroup(groupId);
            Map<PersonId, String> names = people.byIds(issued.stream().map(Certificate::student).distinct().toList())
                    .stream().collect(Collectors.toMap(Person::id, Person::fullName, (a, b) -> a));
            Map<EnrollmentId, String> finals = grades.ofGroup(groupId).stream().filter(g -> g.lesson().isEmpty())
                    .collect(Collectors.toMap(Grade::enrollment, Grade::grade, (a, b) -> a));
            return issued.stream()
                    .sorted(Comparator.comparingInt(Certificate::year).thenComparingInt(Certificate::sequence))
                    .map(c -> new CertificateLine(c.number(), c.enrollment(), c.student(), names.get(c.student()),
                            title, c.issuedOn(), Optional.ofNullable(finals.get(c.enrollment()))))
                    .toList();
        });
    }

    private Certificate issued(Actor actor, Enrollment enrollment, Group group) {
        if (enrollment.certification().filter(Certification.PASSED::equals).isEmpty()) {
            throw new RuleViolation("certificate.notPassed", "the student has not passed the certification");
        }
        certificates.ofEnrollment(enrollment.id()).ifPresent(c -> {
            throw new RuleViolation("certificate.duplicate", "certificate " + c.number() + " was issued already");
        });
        LocalDate today = LocalDate.ofInstant(clock.instant(), group.zone());
        int sequence = numbers.next(enrollment.course(), today.getYear());
        Certificate certificate = new Certificate(enrollment, sequence, today, actor.user(), clock.instant());
        certificates.add(certificate);
        audit.record(new AuditEntry(clock.instant(), actor.user(), "certificate.issue", "enrollment",
                enrollment.id(), null, new AuditState().with("number", certificate.number())
                        .with("student", certificate.student())));
        return certificate;
    }

    private Group visible(Actor actor, Permission permission, GroupId id) {
        access.require(actor, permission);
        Group group = groups.byId(id).orElseThrow(() -> new NotFound("group", id));
        access.require(actor, permission, group.branch());
        return group;
    }
}

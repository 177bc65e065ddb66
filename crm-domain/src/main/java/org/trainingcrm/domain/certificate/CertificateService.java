package org.trainingcrm.domain.certificate;

import static org.trainingcrm.domain.certificate.CertificatePermission.CERTIFICATE_ISSUE;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.enrollment.EnrollmentRecords;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * Certificates (E5): issued to students who passed, numbered per course and year without gaps
 * or repeats even when issued at once from many places, and the group's issue list. Issuing
 * takes {@link CertificatePermission#CERTIFICATE_ISSUE}, which only administrators hold by default.
 */
public final class CertificateService {

    private final Certificates certificates;
    private final CertificateNumbers numbers;
    private final Grades grades;
    private final Enrollments enrollments;
    private final Courses courses;
    private final People people;
    private final Records<Enrollment, EnrollmentId> enrollmentRecords;
    private final Records<Group, GroupId> groups;
    private final UseCases useCases;

    public CertificateService(CertificatePorts own, EnrollmentPorts enrollment, SchedulePorts schedule,
            CatalogPorts catalog, PeoplePorts people, UseCases useCases) {
        this.certificates = own.certificates();
        this.numbers = own.numbers();
        this.grades = own.grades();
        this.enrollments = enrollment.enrollments();
        this.courses = catalog.courses();
        this.people = people.people();
        this.enrollmentRecords = EnrollmentRecords.enrollments(enrollment);
        this.groups = ScheduleRecords.groups(schedule);
        this.useCases = useCases;
    }

    /**
     * Issues the student's certificate and returns its number.
     *
     * @throws RuleViolation {@code certificate.notPassed} unless the certification was passed,
     *     {@code certificate.duplicate} when one was issued already
     */
    public String issue(Actor actor, EnrollmentId id) {
        return useCases.change(actor, CERTIFICATE_ISSUE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, id);
            Group group = uc.load(groups, enrollment.group());
            return issued(uc, enrollment, group).number();
        });
    }

    /** Issues a certificate to every student of the group who passed and has none yet; their numbers, in turn. */
    public List<String> issueAll(Actor actor, GroupId groupId) {
        return useCases.change(actor, CERTIFICATE_ISSUE, uc -> {
            Group group = uc.load(groups, groupId);
            List<String> issued = new ArrayList<>();
            enrollments.ofGroup(groupId).stream()
                    .filter(e -> e.certification().filter(Certification.PASSED::equals).isPresent())
                    .filter(e -> certificates.ofEnrollment(e.id()).isEmpty())
                    .sorted(Comparator.comparingLong(Enrollment::ticket))
                    .forEach(e -> issued.add(issued(uc, e, group).number()));
            return issued;
        });
    }

    /** The group's certificate issue list, by number. */
    public List<CertificateLine> issueList(Actor actor, GroupId groupId) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Group group = uc.load(groups, groupId);
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

    private Certificate issued(UseCase uc, Enrollment enrollment, Group group) {
        if (enrollment.certification().filter(Certification.PASSED::equals).isEmpty()) {
            throw new RuleViolation("certificate.notPassed", "the student has not passed the certification");
        }
        certificates.ofEnrollment(enrollment.id()).ifPresent(c -> {
            throw new RuleViolation("certificate.duplicate", "certificate " + c.number() + " was issued already");
        });
        LocalDate today = LocalDate.ofInstant(uc.now(), group.zone());
        int sequence = numbers.next(enrollment.course(), today.getYear());
        Certificate certificate = new Certificate(enrollment, sequence, today, uc.actor().user(), uc.now());
        certificates.add(certificate);
        uc.audit("certificate.issue", "enrollment", enrollment.id(), null,
                new AuditState().with("number", certificate.number()).with("student", certificate.student()));
        return certificate;
    }
}

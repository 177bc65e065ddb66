package org.trainingcrm.domain.enrollment;

import java.util.Optional;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;

/**
 * How the enrollment, attendance and results use cases hand their records to the use-case
 * template: enrollments, the courses their groups run, the people ({@code ScheduleRecords} has the
 * groups and lessons).
 */
public final class EnrollmentRecords {

    private EnrollmentRecords() {
    }

    public static Records<Enrollment, EnrollmentId> enrollments(EnrollmentPorts ports) {
        return Records.of("enrollment", ports.enrollments()::byId, Enrollment::branch)
                .versioned(Enrollment::version).audited(Enrollment::auditState)
                .savedBy(ports.enrollments()::add, ports.enrollments()::update);
    }

    /**
     * Courses looked up by the group that runs them: the group's branch was checked already, and
     * a course of the catalogue may be run by groups of other branches than its own.
     */
    public static Records<Course, CourseId> coursesOfGroups(CatalogPorts ports) {
        return Records.shared("course", ports.courses()::byId);
    }

    /** People; shared because a person's branch is optional, so use cases check it themselves. */
    public static Records<Person, PersonId> people(PeoplePorts ports) {
        return Records.shared("person", ports.people()::byId);
    }

    /** The person if they exist and belong to no branch or one in the actor's scope. */
    public static Optional<Person> person(UseCase uc, Records<Person, PersonId> people, PersonId id) {
        return id == null ? Optional.empty()
                : uc.find(people, id).filter(p -> p.branch().map(uc.scope()::includes).orElse(true));
    }

    /** The person, or NotFound; then their branch, when they have one, must be in the actor's scope. */
    public static Person loadPerson(UseCase uc, Records<Person, PersonId> people, PersonId id) {
        Person person = uc.load(people, id);
        person.branch().ifPresent(uc::requireBranch);
        return person;
    }
}

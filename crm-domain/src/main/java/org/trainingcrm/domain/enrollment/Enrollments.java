package org.trainingcrm.domain.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;

/** Port: every enrollment and waiting-list place, current and past. */
public interface Enrollments {

    Optional<Enrollment> byId(EnrollmentId id);

    void add(Enrollment enrollment);

    /** Marks a loaded enrollment as changed; written when the transaction commits. */
    void update(Enrollment enrollment);

    /** Every enrollment of the group, in no particular order. */
    List<Enrollment> ofGroup(GroupId group);

    /** Every enrollment whose seat the person holds now, in no particular order. */
    List<Enrollment> ofStudents(Collection<PersonId> students);
}

package org.trainingcrm.domain.enrollment;

import java.util.Collection;
import java.util.List;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;

/** The Enrollments port in memory. */
public final class InMemoryEnrollments extends InMemoryStore<EnrollmentId, Enrollment> implements Enrollments {
    public InMemoryEnrollments(InMemoryTransactions transactions) {
        super("enrollment", Enrollment::id, transactions);
    }

    @Override
    public List<Enrollment> ofGroup(GroupId group) {
        return stream().filter(e -> e.group().equals(group)).toList();
    }

    @Override
    public List<Enrollment> ofStudents(Collection<PersonId> students) {
        return stream().filter(e -> students.contains(e.student())).toList();
    }
}

package org.trainingcrm.domain.certificate;

import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.schedule.GroupId;

/** The Grades port in memory. */
public final class InMemoryGrades extends InMemoryStore<UUID, Grade> implements Grades {
    public InMemoryGrades(InMemoryTransactions transactions) {
        super("grade", Grade::id, transactions);
    }

    @Override
    public List<Grade> ofEnrollment(EnrollmentId enrollment) {
        return stream().filter(g -> g.enrollment().equals(enrollment)).toList();
    }

    @Override
    public List<Grade> ofGroup(GroupId group) {
        return stream().filter(g -> g.group().equals(group)).toList();
    }
}

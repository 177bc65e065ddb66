package org.trainingcrm.domain.enrollment;

import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The StudentNotes port in memory. */
public final class InMemoryStudentNotes extends InMemoryStore<UUID, StudentNote> implements StudentNotes {
    public InMemoryStudentNotes(InMemoryTransactions transactions) {
        super("studentNote", StudentNote::id, transactions);
    }

    @Override
    public List<StudentNote> ofEnrollment(EnrollmentId enrollment) {
        return stream().filter(n -> n.enrollment().equals(enrollment)).toList();
    }
}

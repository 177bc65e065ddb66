package org.trainingcrm.domain.certificate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.schedule.GroupId;

/** The Certificates port in memory. */
public final class InMemoryCertificates extends InMemoryStore<UUID, Certificate> implements Certificates {
    public InMemoryCertificates(InMemoryTransactions transactions) {
        super("certificate", Certificate::id, transactions);
    }

    @Override
    public Optional<Certificate> ofEnrollment(EnrollmentId enrollment) {
        return stream().filter(c -> c.enrollment().equals(enrollment)).findFirst();
    }

    @Override
    public List<Certificate> ofGroup(GroupId group) {
        return stream().filter(c -> c.group().equals(group)).toList();
    }
}

package org.trainingcrm.persistence.certificate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.certificate.Certificate;
import org.trainingcrm.domain.certificate.Certificates;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Issued certificates in the CRM database. */
public final class JpaCertificates extends JpaRepository<Certificate, UUID> implements Certificates {

    public JpaCertificates(JpaTransactions transactions) {
        super(transactions, Certificate.class);
    }

    @Override
    public Optional<Certificate> ofEnrollment(EnrollmentId enrollment) {
        return em().createQuery("select c from Certificate c where c.enrollment = :e", Certificate.class)
                .setParameter("e", enrollment).getResultStream().findFirst();
    }

    @Override
    public List<Certificate> ofGroup(GroupId group) {
        return em().createQuery("select c from Certificate c where c.group = :group", Certificate.class)
                .setParameter("group", group).getResultList();
    }
}

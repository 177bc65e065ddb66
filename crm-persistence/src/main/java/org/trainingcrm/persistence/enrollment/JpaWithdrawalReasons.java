package org.trainingcrm.persistence.enrollment;

import java.util.Optional;
import org.trainingcrm.domain.enrollment.WithdrawalReason;
import org.trainingcrm.domain.enrollment.WithdrawalReasonId;
import org.trainingcrm.domain.enrollment.WithdrawalReasons;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The withdrawal reasons dictionary in the CRM database. */
public final class JpaWithdrawalReasons extends JpaRepository<WithdrawalReason, WithdrawalReasonId>
        implements WithdrawalReasons {

    public JpaWithdrawalReasons(JpaTransactions transactions) {
        super(transactions, WithdrawalReason.class);
    }

    @Override
    public Optional<WithdrawalReason> byNameKey(String nameKey) {
        return em().createQuery("select r from WithdrawalReason r where r.nameKey = :key", WithdrawalReason.class)
                .setParameter("key", nameKey).getResultStream().findFirst();
    }
}

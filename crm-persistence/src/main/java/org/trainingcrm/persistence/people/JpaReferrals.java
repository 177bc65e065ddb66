package org.trainingcrm.persistence.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.Referral;
import org.trainingcrm.domain.people.Referrals;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The referral graph in the CRM database: one row per person who was brought. */
public final class JpaReferrals extends JpaRepository<Referral, PersonId> implements Referrals {

    public JpaReferrals(JpaTransactions transactions) {
        super(transactions, Referral.class);
    }

    @Override
    public Optional<Referral> of(PersonId person) {
        return byId(person);
    }

    @Override
    public List<Referral> broughtBy(Collection<PersonId> referrers) {
        if (referrers.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Referral r where r.referrer in :referrers", Referral.class)
                .setParameter("referrers", List.copyOf(referrers)).getResultList();
    }

    @Override
    public void remove(Referral referral) {
        em().remove(referral);
    }

    /** Updates the one lock row; the database holds its row lock until this transaction ends. */
    @Override
    public void lockForChange() {
        em().createNativeQuery("UPDATE referral_lock SET changes = changes + 1 WHERE id = 1").executeUpdate();
    }
}

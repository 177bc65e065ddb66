package org.trainingcrm.persistence.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Promotion;
import org.trainingcrm.domain.enrollment.Promotions;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The finished levels in the CRM database. */
public final class JpaPromotions extends JpaRepository<Promotion, UUID> implements Promotions {

    public JpaPromotions(JpaTransactions transactions) {
        super(transactions, Promotion.class);
    }

    @Override
    public List<Promotion> ofPeople(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select p from Promotion p where p.person in :people", Promotion.class)
                .setParameter("people", List.copyOf(people)).getResultList();
    }
}

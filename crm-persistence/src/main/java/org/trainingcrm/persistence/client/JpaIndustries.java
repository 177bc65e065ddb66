package org.trainingcrm.persistence.client;

import java.util.Optional;
import org.trainingcrm.domain.client.Industries;
import org.trainingcrm.domain.client.Industry;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The industry dictionary in the CRM database. */
public final class JpaIndustries extends JpaRepository<Industry, IndustryId> implements Industries {

    public JpaIndustries(JpaTransactions transactions) {
        super(transactions, Industry.class);
    }

    @Override
    public Optional<Industry> byNameKey(String nameKey) {
        return em().createQuery("select i from Industry i where i.nameKey = :key", Industry.class)
                .setParameter("key", nameKey).getResultStream().findFirst();
    }
}

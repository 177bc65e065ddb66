package org.trainingcrm.domain.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;

/** The Promotions port in memory. */
public final class InMemoryPromotions extends InMemoryStore<UUID, Promotion> implements Promotions {
    public InMemoryPromotions(InMemoryTransactions transactions) {
        super("promotion", Promotion::id, transactions);
    }

    @Override
    public List<Promotion> ofPeople(Collection<PersonId> people) {
        return stream().filter(p -> people.contains(p.person())).toList();
    }
}

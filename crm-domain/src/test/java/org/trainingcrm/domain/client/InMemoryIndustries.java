package org.trainingcrm.domain.client;

import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The Industries port in memory. */
public final class InMemoryIndustries extends InMemoryStore<IndustryId, Industry> implements Industries {
    public InMemoryIndustries(InMemoryTransactions transactions) {
        super("industry", Industry::id, transactions);
    }

    @Override
    public Optional<Industry> byNameKey(String nameKey) {
        return stream().filter(i -> i.nameKey().equals(nameKey)).findFirst();
    }
}

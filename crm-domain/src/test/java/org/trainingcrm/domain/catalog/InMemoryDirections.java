package org.trainingcrm.domain.catalog;

import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The Directions port in memory. */
public final class InMemoryDirections extends InMemoryStore<DirectionId, Direction> implements Directions {
    public InMemoryDirections(InMemoryTransactions transactions) {
        super("direction", Direction::id, transactions);
    }

    @Override
    public Optional<Direction> byNameKey(String nameKey) {
        return stream().filter(d -> d.nameKey().equals(nameKey)).findFirst();
    }
}

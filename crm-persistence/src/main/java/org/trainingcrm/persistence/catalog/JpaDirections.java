package org.trainingcrm.persistence.catalog;

import java.util.Optional;
import org.trainingcrm.domain.catalog.Direction;
import org.trainingcrm.domain.catalog.DirectionId;
import org.trainingcrm.domain.catalog.Directions;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The directions dictionary in the CRM database. */
public final class JpaDirections extends JpaRepository<Direction, DirectionId> implements Directions {

    public JpaDirections(JpaTransactions transactions) {
        super(transactions, Direction.class);
    }

    @Override
    public Optional<Direction> byNameKey(String nameKey) {
        return em().createQuery("select d from Direction d where d.nameKey = :key", Direction.class)
                .setParameter("key", nameKey).getResultStream().findFirst();
    }
}

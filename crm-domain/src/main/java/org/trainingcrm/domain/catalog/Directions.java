package org.trainingcrm.domain.catalog;

import java.util.List;
import java.util.Optional;

/** Port: the dictionary of directions. */
public interface Directions {

    Optional<Direction> byId(DirectionId id);

    Optional<Direction> byNameKey(String nameKey);

    List<Direction> all();

    void add(Direction direction);

    /** Marks a loaded direction as changed; written when the transaction commits. */
    void update(Direction direction);
}

package org.trainingcrm.domain.client;

import java.util.List;
import java.util.Optional;

/** Port: the industry dictionary. */
public interface Industries {

    Optional<Industry> byId(IndustryId id);

    Optional<Industry> byNameKey(String nameKey);

    List<Industry> all();

    void add(Industry industry);

    /** Marks a loaded industry as changed; written when the transaction commits. */
    void update(Industry industry);
}

package org.trainingcrm.domain.assignment;

import java.util.Optional;

/** Port: the redistributions of clients among managers. */
public interface Reassignments {

    void add(Reassignment reassignment);

    Optional<Reassignment> byId(ReassignmentId id);

    /** Marks a loaded reassignment as changed; written when the transaction commits. */
    void update(Reassignment reassignment);
}

package org.trainingcrm.domain.assignment;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.client.ClientId;

/** Port: who was and is responsible for which client. */
public interface Assignments {

    void add(ManagerAssignment assignment);

    /** Marks a loaded assignment as changed; written when the transaction commits. */
    void update(ManagerAssignment assignment);

    Optional<ManagerAssignment> byId(AssignmentId id);

    Optional<ManagerAssignment> current(ClientId client, ServiceLine line);

    /** Every assignment of the client, past and present, in no particular order. */
    List<ManagerAssignment> ofClient(ClientId client);

    List<ManagerAssignment> madeBy(ReassignmentId reassignment);

    /** The clients the manager is responsible for now on the line. */
    List<ClientId> currentClientsOf(UserId manager, ServiceLine line);
}

package org.trainingcrm.domain.assignment;

import java.time.Instant;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.client.ClientId;

/**
 * One line of a client's assignment history.
 *
 * @param endedAt null while the manager is still responsible
 * @param reassignment the redistribution that made it, or null
 */
public record AssignmentRecord(AssignmentId id, ClientId client, ServiceLine serviceLine, UserId manager,
        Instant startedAt, Instant endedAt, ReassignmentId reassignment) {

    static AssignmentRecord of(ManagerAssignment a) {
        return new AssignmentRecord(a.id(), a.client(), a.serviceLine(), a.manager(), a.startedAt(),
                a.endedAt().orElse(null), a.reassignment().orElse(null));
    }
}

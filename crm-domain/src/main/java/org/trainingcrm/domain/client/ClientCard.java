package org.trainingcrm.domain.client;

import java.time.Instant;
import java.util.List;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * A client's card as a user reads it; {@code version} goes back with a revision so that a
 * change made meanwhile by someone else is refused, not overwritten.
 *
 * @param industryName the industry's name, or null when none is set
 */
public record ClientCard(ClientId id, long version, BranchId branch, ClientProfile profile, String industryName,
        List<ContactCard> contacts, Instant registeredAt) {

    public ClientCard {
        contacts = List.copyOf(contacts);
    }
}

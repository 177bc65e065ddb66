package org.trainingcrm.domain.assignment;

import java.util.List;
import org.trainingcrm.domain.client.ClientId;

/**
 * What a restore did: the clients given back to their previous managers, and those left
 * alone because someone changed their assignment after the redistribution.
 */
public record RestoreOutcome(List<ClientId> restored, List<ClientId> leftAlone) {

    public RestoreOutcome {
        restored = List.copyOf(restored);
        leftAlone = List.copyOf(leftAlone);
    }
}

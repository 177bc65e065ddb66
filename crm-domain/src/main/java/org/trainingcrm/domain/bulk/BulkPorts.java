package org.trainingcrm.domain.bulk;

import java.util.Objects;

/** The bulk load's port. */
public record BulkPorts(ClientBatches batches) {

    public BulkPorts {
        Objects.requireNonNull(batches, "batches");
    }
}

package org.trainingcrm.domain.bulk;

/**
 * Port: writes a batch of new clients, people and assignments as fast as the store allows,
 * inside the caller's transaction.
 */
public interface ClientBatches {

    void write(ClientBatch batch);
}

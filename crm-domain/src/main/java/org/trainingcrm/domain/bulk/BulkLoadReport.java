package org.trainingcrm.domain.bulk;

/** What a bulk load wrote. */
public record BulkLoadReport(int clients, int people, int assignments, int batches) {

    /** This report with one more written batch added. */
    BulkLoadReport plus(ClientBatch batch) {
        return new BulkLoadReport(clients + batch.clients().size(), people + batch.people().size(),
                assignments + batch.assignments().size(), batches + 1);
    }
}

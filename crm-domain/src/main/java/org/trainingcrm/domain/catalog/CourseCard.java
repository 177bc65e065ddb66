package org.trainingcrm.domain.catalog;

import java.time.Instant;
import java.util.List;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * A course as its card shows it.
 *
 * @param directionName the direction's name, or null
 * @param cancellationReason why it was cancelled, or null
 * @param documents its documents, oldest first, without their bytes
 */
public record CourseCard(CourseId id, long version, BranchId branch, CourseDetails details, CourseStatus status,
        String directionName, String cancellationReason, List<DocumentListing> documents, Instant createdAt) {

    public CourseCard {
        documents = List.copyOf(documents);
    }
}

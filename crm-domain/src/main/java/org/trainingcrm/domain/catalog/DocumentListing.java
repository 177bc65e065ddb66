package org.trainingcrm.domain.catalog;

import java.time.Instant;

/**
 * A course document as a list shows it, without its bytes.
 *
 * @param storageReference where the host keeps it, or null when the CRM keeps the bytes
 */
public record DocumentListing(CourseDocumentId id, CourseId course, String name, String mediaType, long size,
        String storageReference, Instant attachedAt) {
}

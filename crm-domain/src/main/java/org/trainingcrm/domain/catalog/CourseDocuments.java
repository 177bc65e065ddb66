package org.trainingcrm.domain.catalog;

import java.util.List;
import java.util.Optional;

/** Port: the documents attached to courses. */
public interface CourseDocuments {

    /** The document with its bytes. */
    Optional<CourseDocument> byId(CourseDocumentId id);

    void add(CourseDocument document);

    /** Removes a document loaded in this transaction. */
    void remove(CourseDocument document);

    /** The course's documents without their bytes, in no particular order. */
    List<DocumentListing> listOf(CourseId course);
}

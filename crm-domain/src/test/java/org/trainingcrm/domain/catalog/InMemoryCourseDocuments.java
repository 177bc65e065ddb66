package org.trainingcrm.domain.catalog;

import java.util.List;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

public final class InMemoryCourseDocuments extends InMemoryStore<CourseDocumentId, CourseDocument>
        implements CourseDocuments {
    public InMemoryCourseDocuments(InMemoryTransactions transactions) {
        super("courseDocument", CourseDocument::id, transactions);
    }

    @Override
    public List<DocumentListing> listOf(CourseId course) {
        return stream().filter(d -> d.course().equals(course)).map(CourseDocument::listing).toList();
    }
}

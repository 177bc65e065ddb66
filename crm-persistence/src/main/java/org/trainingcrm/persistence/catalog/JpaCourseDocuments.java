package org.trainingcrm.persistence.catalog;

import java.time.Instant;
import java.util.List;
import org.trainingcrm.domain.catalog.CourseDocument;
import org.trainingcrm.domain.catalog.CourseDocumentId;
import org.trainingcrm.domain.catalog.CourseDocuments;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.DocumentListing;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The documents attached to courses, in the CRM database. */
public final class JpaCourseDocuments extends JpaRepository<CourseDocument, CourseDocumentId>
        implements CourseDocuments {

    public JpaCourseDocuments(JpaTransactions transactions) {
        super(transactions, CourseDocument.class);
    }

    @Override
    public void remove(CourseDocument document) {
        em().remove(document);
    }

    /** Selects the columns a list shows, so no document's bytes are read to list it. */
    @Override
    public List<DocumentListing> listOf(CourseId course) {
        List<Object[]> rows = em().createQuery("select d.id, d.course, d.name, d.mediaType, d.sizeBytes,"
                + " d.storageReference, d.attachedAt from CourseDocument d where d.course = :course", Object[].class)
                .setParameter("course", course).getResultList();
        return rows.stream().map(row -> new DocumentListing((CourseDocumentId) row[0], (CourseId) row[1],
                (String) row[2], (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (Instant) row[6]))
                .toList();
    }
}

package org.trainingcrm.domain.catalog;

import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_EDIT;
import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_READ;

import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;

/** Use cases of a course's attached documents (K1): attach, list, open, remove. */
public final class CourseDocumentService {

    private final CourseDocuments documents;
    private final Records<CourseDocument, CourseDocumentId> documentRecords;
    private final Records<Course, CourseId> courses;
    private final UseCases useCases;

    public CourseDocumentService(CatalogPorts catalog, UseCases useCases) {
        this.documents = catalog.documents();
        this.documentRecords = CatalogRecords.documents(catalog);
        this.courses = CatalogRecords.courses(catalog);
        this.useCases = useCases;
    }

    /** Attaches a document to the course; its name, media type and size are checked. */
    public CourseDocumentId attach(Actor actor, CourseId courseId, DocumentForm form) {
        return useCases.change(actor, CATALOG_EDIT, uc -> {
            Course course = uc.load(courses, courseId);
            CourseDocument document = form.validate(CourseDocumentId.newId(), course.id(), uc.now());
            documents.add(document);
            CatalogRecords.auditAttached(uc, document);
            return document.id();
        });
    }

    /** The course's documents, oldest first, without their bytes. */
    public List<DocumentListing> list(Actor actor, CourseId courseId) {
        return useCases.read(actor, CATALOG_READ, uc -> {
            uc.load(courses, courseId);
            return documents.listOf(courseId).stream()
                    .sorted(Comparator.comparing(DocumentListing::attachedAt).thenComparing(d -> d.id().value()))
                    .toList();
        });
    }

    /** The document with its bytes (or its storage reference). */
    public CourseDocument open(Actor actor, CourseDocumentId id) {
        return useCases.read(actor, CATALOG_READ, uc -> load(uc, id));
    }

    /** Removes a document from its course. */
    public void remove(Actor actor, CourseDocumentId id) {
        useCases.perform(actor, CATALOG_EDIT, uc -> {
            CourseDocument document = load(uc, id);
            documents.remove(document);
            CatalogRecords.auditRemoved(uc, document);
        });
    }

    /** The document, or NotFound; then its course's branch must be in the actor's scope. */
    private CourseDocument load(UseCase uc, CourseDocumentId id) {
        CourseDocument document = uc.load(documentRecords, id);
        uc.load(courses, document.course());
        return document;
    }
}

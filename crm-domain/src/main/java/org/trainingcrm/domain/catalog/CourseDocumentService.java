package org.trainingcrm.domain.catalog;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

/** Use cases of a course's attached documents (K1): attach, list, open, remove. */
public final class CourseDocumentService {

    private final CourseDocuments documents;
    private final Courses courses;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public CourseDocumentService(CourseDocuments documents, Courses courses, AccessPolicy access,
            Transactions transactions, AuditLog audit, Clock clock) {
        this.documents = documents;
        this.courses = courses;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Attaches a document to the course; its name, media type and size are checked. */
    public CourseDocumentId attach(Actor actor, CourseId courseId, DocumentForm form) {
        return transactions.inTransaction(() -> {
            Course course = visibleCourse(actor, CatalogPermission.CATALOG_EDIT, courseId);
            CourseDocument document = form.validate(CourseDocumentId.newId(), course.id(), clock.instant());
            documents.add(document);
            recordAttached(audit, clock, actor, document);
            return document.id();
        });
    }

    /** The course's documents, oldest first, without their bytes. */
    public List<DocumentListing> list(Actor actor, CourseId courseId) {
        return transactions.inTransaction(() -> {
            visibleCourse(actor, CatalogPermission.CATALOG_READ, courseId);
            return documents.listOf(courseId).stream()
                    .sorted(Comparator.comparing(DocumentListing::attachedAt).thenComparing(d -> d.id().value()))
                    .toList();
        });
    }

    /** The document with its bytes (or its storage reference). */
    public CourseDocument open(Actor actor, CourseDocumentId id) {
        return transactions.inTransaction(() -> {
            CourseDocument document = documents.byId(id).orElseThrow(() -> new NotFound("courseDocument", id));
            visibleCourse(actor, CatalogPermission.CATALOG_READ, document.course());
            return document;
        });
    }

    /** Removes a document from its course. */
    public void remove(Actor actor, CourseDocumentId id) {
        transactions.run(() -> {
            CourseDocument document = documents.byId(id).orElseThrow(() -> new NotFound("courseDocument", id));
            visibleCourse(actor, CatalogPermission.CATALOG_EDIT, document.course());
            documents.remove(document);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "course.removeDocument", "course",
                    document.course(), stateOf(document), null));
        });
    }

    /** Audits an attached document under its course, so the course's history shows it. */
    static void recordAttached(AuditLog audit, Clock clock, Actor actor, CourseDocument document) {
        audit.record(new AuditEntry(clock.instant(), actor.user(), "course.attachDocument", "course",
                document.course(), null, stateOf(document)));
    }

    private static AuditState stateOf(CourseDocument document) {
        return new AuditState()
                .with("document", document.id())
                .with("name", document.name())
                .with("mediaType", document.mediaType())
                .with("size", document.size())
                .with("storageReference", document.storageReference().orElse(null));
    }

    private Course visibleCourse(Actor actor, Permission permission, CourseId id) {
        return access.visible(actor, permission, "course", id, () -> courses.byId(id), Course::branch);
    }
}

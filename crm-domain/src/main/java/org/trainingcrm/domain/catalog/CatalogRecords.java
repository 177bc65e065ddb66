package org.trainingcrm.domain.catalog;

import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;

/**
 * How the catalogue's use cases hand their records to the use-case template: courses, the
 * documents attached to them, directions, and the branches courses are created in.
 */
public final class CatalogRecords {

    private CatalogRecords() {
    }

    /** Courses of a branch, which the actor's scope must include. */
    public static Records<Course, CourseId> courses(CatalogPorts ports) {
        return Records.of("course", ports.courses()::byId, Course::branch)
                .versioned(Course::version).audited(Course::auditState)
                .savedBy(ports.courses()::add, ports.courses()::update);
    }

    /**
     * Courses reached through another course, such as its earlier levels: the first course's
     * branch was checked already, and a level may belong to another branch.
     */
    public static Records<Course, CourseId> levels(CatalogPorts ports) {
        return Records.shared("course", ports.courses()::byId);
    }

    /** Documents; shared because their course's branch is theirs, so use cases load the course too. */
    public static Records<CourseDocument, CourseDocumentId> documents(CatalogPorts ports) {
        return Records.shared("courseDocument", ports.documents()::byId);
    }

    /** The dictionary of directions, which every branch shares. */
    public static Records<Direction, DirectionId> directions(CatalogPorts ports) {
        return Records.shared("direction", ports.directions()::byId)
                .audited(d -> new AuditState().with("name", d.name()))
                .savedBy(ports.directions()::add, ports.directions()::update);
    }

    /** Branches by id; use cases require the branch itself before they look it up. */
    public static Records<Branch, BranchId> branches(BranchPorts ports) {
        return Records.shared("branch", ports.branches()::byId);
    }

    /** Audits an attached document under its course, so the course's history shows it. */
    static void auditAttached(UseCase uc, CourseDocument document) {
        uc.audit("course.attachDocument", "course", document.course(), null, stateOf(document));
    }

    /** Audits a removed document under its course. */
    static void auditRemoved(UseCase uc, CourseDocument document) {
        uc.audit("course.removeDocument", "course", document.course(), stateOf(document), null);
    }

    private static AuditState stateOf(CourseDocument document) {
        return new AuditState()
                .with("document", document.id())
                .with("name", document.name())
                .with("mediaType", document.mediaType())
                .with("size", document.size())
                .with("storageReference", document.storageReference().orElse(null));
    }
}

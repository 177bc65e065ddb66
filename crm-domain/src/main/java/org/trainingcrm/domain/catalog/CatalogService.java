package org.trainingcrm.domain.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use cases of the catalogue (K1, K2, K7): create and revise courses and seminars, move them
 * through their statuses, read a card, follow levels. Administrators edit, managers read.
 */
public final class CatalogService {

    private final Courses courses;
    private final CourseDocuments documents;
    private final Directions directions;
    private final Branches branches;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public CatalogService(Courses courses, CourseDocuments documents, Directions directions, Branches branches,
            AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.documents = documents;
        this.directions = directions;
        this.branches = branches;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a planned course in the actor's own branch, with the form's documents. */
    public CourseId create(Actor actor, CourseForm form) {
        return create(actor, actor.branch(), form);
    }

    /** Creates a planned course in the given branch, with the form's documents. */
    public CourseId create(Actor actor, BranchId branchId, CourseForm form) {
        return transactions.inTransaction(() -> {
            access.require(actor, CatalogPermission.CATALOG_EDIT, branchId);
            Branch branch = branches.byId(branchId).orElseThrow(() -> new NotFound("branch", branchId));
            CourseDetails details = checkedDetails(actor, form, branch, null);
            Course course = new Course(CourseId.newId(), branchId, details, clock.instant());
            List<CourseDocument> attached = checkedDocuments(form, course.id());
            courses.add(course);
            attached.forEach(documents::add);
            record(actor, "course.create", course, null);
            for (CourseDocument document : attached) {
                CourseDocumentService.recordAttached(audit, clock, actor, document);
            }
            return course.id();
        });
    }

    /**
     * Replaces a course's description; documents are attached and removed on their own.
     *
     * @param expectedVersion the version of the card the user edited
     * @throws ConcurrentChange when someone changed the course since
     */
    public void revise(Actor actor, CourseId id, long expectedVersion, CourseForm form) {
        if (!form.documents().isEmpty()) {
            throw new InvalidValue("course.documents", form.documents().size() + " documents",
                    "attach documents to an existing course with courseDocuments().attach");
        }
        change(actor, id, "course.revise", course -> {
            if (course.version() != expectedVersion) {
                throw new ConcurrentChange("course", id,
                        "edited version " + expectedVersion + " but the stored one is " + course.version());
            }
            Branch branch = branches.byId(course.branch()).orElseThrow(() -> new NotFound("branch", course.branch()));
            course.revise(checkedDetails(actor, form, branch, course.id()));
        });
    }

    /** Opens a planned course for enrollment. */
    public void openForEnrollment(Actor actor, CourseId id) {
        change(actor, id, "course.openForEnrollment", Course::openForEnrollment);
    }

    /** Marks a course open for enrollment as running. */
    public void start(Actor actor, CourseId id) {
        change(actor, id, "course.start", Course::start);
    }

    /** Marks a running course as finished. */
    public void finish(Actor actor, CourseId id) {
        change(actor, id, "course.finish", Course::finish);
    }

    /** Cancels a course that has not finished, with the reason. */
    public void cancel(Actor actor, CourseId id, String reason) {
        change(actor, id, "course.cancel", course -> course.cancel(reason));
    }

    /** The course's card with its direction's name and its documents. */
    public CourseCard card(Actor actor, CourseId id) {
        return transactions.inTransaction(() -> {
            Course course = visibleCourse(actor, CatalogPermission.CATALOG_READ, id);
            String directionName = course.direction().flatMap(directions::byId).map(Direction::name).orElse(null);
            List<DocumentListing> attached = documents.listOf(id).stream()
                    .sorted(Comparator.comparing(DocumentListing::attachedAt).thenComparing(d -> d.id().value()))
                    .toList();
            return new CourseCard(course.id(), course.version(), course.branch(), course.details(), course.status(),
                    directionName, course.cancellationReason().orElse(null), attached, course.createdAt());
        });
    }

    /** The levels leading to the course, first level first, ending with the course itself (K2). */
    public List<CourseListing> levelsUpTo(Actor actor, CourseId id) {
        return transactions.inTransaction(() -> {
            Course course = visibleCourse(actor, CatalogPermission.CATALOG_READ, id);
            List<CourseListing> chain = new ArrayList<>();
            chain.add(0, CourseListing.of(course));
            Set<CourseId> seen = new HashSet<>(Set.of(id));
            while (course.prerequisite().isPresent() && seen.add(course.prerequisite().get())) {
                CourseId previous = course.prerequisite().get();
                course = courses.byId(previous).orElseThrow(() -> new NotFound("course", previous));
                chain.add(0, CourseListing.of(course));
            }
            return List.copyOf(chain);
        });
    }

    /** The courses of the next level: those that name this one as their prerequisite. */
    public List<CourseListing> nextLevels(Actor actor, CourseId id) {
        return transactions.inTransaction(() -> {
            visibleCourse(actor, CatalogPermission.CATALOG_READ, id);
            var scope = access.scopeOf(actor);
            return courses.followersOf(id).stream().filter(c -> scope.includes(c.branch()))
                    .sorted(Comparator.comparing(CourseListing::startDate).thenComparing(c -> c.id().value()))
                    .toList();
        });
    }

    private void change(Actor actor, CourseId id, String action, Consumer<Course> change) {
        transactions.run(() -> {
            Course course = visibleCourse(actor, CatalogPermission.CATALOG_EDIT, id);
            AuditState before = course.auditState();
            change.accept(course);
            courses.update(course);
            record(actor, action, course, before);
        });
    }

    /** Each document's refusals are reported as {@code course.documents[i].field}. */
    private List<CourseDocument> checkedDocuments(CourseForm form, CourseId course) {
        List<CourseDocument> checked = new ArrayList<>();
        for (int i = 0; i < form.documents().size(); i++) {
            String prefix = "course.documents[" + i + "].";
            try {
                checked.add(form.documents().get(i).validate(CourseDocumentId.newId(), course, clock.instant()));
            } catch (InvalidValue refused) {
                throw renamed(refused, prefix);
            } catch (InvalidValues refused) {
                throw new InvalidValues(refused.refusals().stream().map(r -> renamed(r, prefix)).toList());
            }
        }
        return checked;
    }

    private static InvalidValue renamed(InvalidValue refused, String prefix) {
        return refused.as(prefix + refused.field().substring(refused.field().indexOf('.') + 1));
    }

    private CourseDetails checkedDetails(Actor actor, CourseForm form, Branch branch, CourseId self) {
        CourseDetails details = form.validate(branch.region());
        if (details.direction() != null && directions.byId(details.direction()).isEmpty()) {
            throw new InvalidValue("course.direction", details.direction(), "no such direction in the dictionary");
        }
        if (details.prerequisite() != null) {
            checkPrerequisite(actor, details.prerequisite(), self);
        }
        return details;
    }

    /** The previous level must exist, be visible to the actor, and not lead back to the course. */
    private void checkPrerequisite(Actor actor, CourseId prerequisite, CourseId self) {
        var scope = access.scopeOf(actor);
        Course previous = courses.byId(prerequisite).filter(c -> scope.includes(c.branch()))
                .orElseThrow(() -> new InvalidValue("course.prerequisite", prerequisite, "no such course"));
        Set<CourseId> seen = new HashSet<>();
        for (Course level = previous; level != null && seen.add(level.id()); ) {
            if (level.id().equals(self)) {
                throw new RuleViolation("course.prerequisite.cycle",
                        "course " + prerequisite + " already follows course " + self + " and cannot precede it");
            }
            level = level.prerequisite().flatMap(courses::byId).orElse(null);
        }
    }

    private Course visibleCourse(Actor actor, Permission permission, CourseId id) {
        return access.visible(actor, permission, "course", id, () -> courses.byId(id), Course::branch);
    }

    private void record(Actor actor, String action, Course course, AuditState before) {
        audit.record(new AuditEntry(clock.instant(), actor.user(), action, "course", course.id(), before,
                course.auditState()));
    }
}

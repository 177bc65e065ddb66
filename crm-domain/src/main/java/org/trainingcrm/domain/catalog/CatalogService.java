package org.trainingcrm.domain.catalog;

import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_EDIT;
import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_READ;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use cases of the catalogue (K1, K2, K7): create and revise courses and seminars, move them
 * through their statuses, read a card, follow levels. Administrators edit, managers read.
 */
public final class CatalogService {

    private final Courses courses;
    private final CourseDocuments documents;
    private final Directions directions;
    private final Records<Course, CourseId> courseRecords;
    private final Records<Course, CourseId> levels;
    private final Records<Branch, BranchId> branches;
    private final UseCases useCases;

    public CatalogService(CatalogPorts catalog, BranchPorts branches, UseCases useCases) {
        this.courses = catalog.courses();
        this.documents = catalog.documents();
        this.directions = catalog.directions();
        this.courseRecords = CatalogRecords.courses(catalog);
        this.levels = CatalogRecords.levels(catalog);
        this.branches = CatalogRecords.branches(branches);
        this.useCases = useCases;
    }

    /** Creates a planned course in the actor's own branch, with the form's documents. */
    public CourseId create(Actor actor, CourseForm form) {
        return useCases.change(actor, CATALOG_EDIT, uc -> create(uc, actor.branch(), form));
    }

    /** Creates a planned course in the given branch, with the form's documents. */
    public CourseId create(Actor actor, BranchId branchId, CourseForm form) {
        return useCases.change(actor, CATALOG_EDIT, uc -> create(uc, branchId, form));
    }

    /**
     * Replaces a course's description; documents are attached and removed on their own.
     *
     * @param expectedVersion the version of the card the user edited
     * @throws ConcurrentChange when someone changed the course since
     */
    public void revise(Actor actor, CourseId id, long expectedVersion, CourseForm form) {
        useCases.perform(actor, CATALOG_EDIT, uc -> {
            if (!form.documents().isEmpty()) {
                throw new InvalidValue("course.documents", form.documents().size() + " documents",
                        "attach documents to an existing course with courseDocuments().attach");
            }
            uc.edit(courseRecords, id, expectedVersion, "course.revise", course -> {
                Branch branch = uc.load(branches, course.branch());
                course.revise(checkedDetails(uc, form, branch, course.id()));
            });
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
        return useCases.read(actor, CATALOG_READ, uc -> {
            Course course = uc.load(courseRecords, id);
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
        return useCases.read(actor, CATALOG_READ, uc -> {
            Course course = uc.load(courseRecords, id);
            List<CourseListing> chain = new ArrayList<>();
            chain.add(0, CourseListing.of(course));
            Set<CourseId> seen = new HashSet<>(Set.of(id));
            while (course.prerequisite().isPresent() && seen.add(course.prerequisite().get())) {
                course = uc.load(levels, course.prerequisite().get());
                chain.add(0, CourseListing.of(course));
            }
            return List.copyOf(chain);
        });
    }

    /** The courses of the next level: those that name this one as their prerequisite. */
    public List<CourseListing> nextLevels(Actor actor, CourseId id) {
        return useCases.read(actor, CATALOG_READ, uc -> {
            uc.load(courseRecords, id);
            var scope = uc.scope();
            return courses.followersOf(id).stream().filter(c -> scope.includes(c.branch()))
                    .sorted(Comparator.comparing(CourseListing::startDate).thenComparing(c -> c.id().value()))
                    .toList();
        });
    }

    /** The branch is required before it is looked up, so a refused user learns nothing of it. */
    private CourseId create(UseCase uc, BranchId branchId, CourseForm form) {
        uc.requireBranch(branchId);
        Branch branch = uc.load(branches, branchId);
        CourseDetails details = checkedDetails(uc, form, branch, null);
        Course course = new Course(CourseId.newId(), branchId, details, uc.now());
        List<CourseDocument> attached = checkedDocuments(form, course.id(), uc.now());
        uc.add(courseRecords, course, course.id(), "course.create");
        for (CourseDocument document : attached) {
            documents.add(document);
            CatalogRecords.auditAttached(uc, document);
        }
        return course.id();
    }

    private void change(Actor actor, CourseId id, String action, Consumer<Course> change) {
        useCases.perform(actor, CATALOG_EDIT, uc -> uc.apply(courseRecords, uc.load(courseRecords, id), id, action,
                change));
    }

    /** Each document's refusals are reported as {@code course.documents[i].field}. */
    private List<CourseDocument> checkedDocuments(CourseForm form, CourseId course, Instant now) {
        List<CourseDocument> checked = new ArrayList<>();
        for (int i = 0; i < form.documents().size(); i++) {
            String prefix = "course.documents[" + i + "].";
            try {
                checked.add(form.documents().get(i).validate(CourseDocumentId.newId(), course, now));
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

    private CourseDetails checkedDetails(UseCase uc, CourseForm form, Branch branch, CourseId self) {
        CourseDetails details = form.validate(branch.region());
        if (details.direction() != null && directions.byId(details.direction()).isEmpty()) {
            throw new InvalidValue("course.direction", details.direction(), "no such direction in the dictionary");
        }
        if (details.prerequisite() != null) {
            checkPrerequisite(uc, details.prerequisite(), self);
        }
        return details;
    }

    /** The previous level must exist, be visible to the actor, and not lead back to the course. */
    private void checkPrerequisite(UseCase uc, CourseId prerequisite, CourseId self) {
        Course previous = uc.find(courseRecords, prerequisite)
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
}

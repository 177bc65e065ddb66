package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UserId;

/**
 * The catalogue checks the permission before it looks anything up: a caller without it is
 * refused alike for an id that exists and for one that does not, and so learns nothing of either.
 */
public class CatalogAccessContract extends CrmContract {

    private static final DocumentForm HANDOUT =
            DocumentForm.inline("handout.txt", "text/plain", "handout".getBytes(StandardCharsets.UTF_8));

    private Actor noRoles;
    private CourseId course;
    private CourseDocumentId document;
    private DirectionId direction;

    @BeforeEach
    final void records() {
        noRoles = new Actor(UserId.newId(), Set.of(), centre.kyiv, Locale.ROOT);
        course = new Programmes(crm, store, centre).kyivCourse(aCourse("Доступ " + centre.tag));
        document = crm.courseDocuments().attach(centre.administrator, course, HANDOUT);
        direction = crm.directions().define(centre.administrator, "Доступ " + centre.tag);
    }

    @Test
    public void refuses_reading_a_course_without_the_permission_whether_it_exists_or_not() {
        for (CourseId id : List.of(course, CourseId.newId())) {
            denied(CatalogPermission.CATALOG_READ, () -> crm.catalog().card(noRoles, id));
            denied(CatalogPermission.CATALOG_READ, () -> crm.catalog().levelsUpTo(noRoles, id));
            denied(CatalogPermission.CATALOG_READ, () -> crm.catalog().nextLevels(noRoles, id));
            denied(CatalogPermission.CATALOG_READ, () -> crm.courseDocuments().list(noRoles, id));
        }
    }

    @Test
    public void refuses_editing_a_course_without_the_permission_whether_it_exists_or_not() {
        for (CourseId id : List.of(course, CourseId.newId())) {
            edits(manager -> crm.catalog().revise(manager, id, 1, aCourse("Інша назва " + centre.tag)));
            edits(manager -> crm.catalog().openForEnrollment(manager, id));
            edits(manager -> crm.catalog().start(manager, id));
            edits(manager -> crm.catalog().finish(manager, id));
            edits(manager -> crm.catalog().cancel(manager, id, "причина"));
            edits(manager -> crm.courseDocuments().attach(manager, id, HANDOUT));
        }
        assertThat(crm.catalog().card(centre.administrator, course).status()).isEqualTo(CourseStatus.PLANNED);
    }

    @Test
    public void refuses_creating_a_course_in_a_branch_without_the_permission_whether_it_exists_or_not() {
        for (BranchId branch : List.of(centre.kyiv, BranchId.newId())) {
            edits(manager -> crm.catalog().create(manager, branch, aCourse("Новий " + centre.tag)));
        }
    }

    @Test
    public void refuses_a_document_without_the_permission_whether_it_exists_or_not() {
        for (CourseDocumentId id : List.of(document, CourseDocumentId.newId())) {
            denied(CatalogPermission.CATALOG_READ, () -> crm.courseDocuments().open(noRoles, id));
            edits(manager -> crm.courseDocuments().remove(manager, id));
        }
        assertThat(crm.courseDocuments().list(centre.administrator, course)).hasSize(1);
    }

    @Test
    public void refuses_renaming_a_direction_without_the_permission_whether_it_exists_or_not() {
        for (DirectionId id : List.of(direction, DirectionId.newId())) {
            edits(manager -> crm.directions().rename(manager, id, "Інший напрям " + centre.tag));
        }
        assertThat(crm.directions().list(centre.administrator)).extracting(DirectionEntry::name)
                .contains("Доступ " + centre.tag);
    }

    /** A manager reads the catalogue but may not edit it; one without any role may not even read. */
    private void edits(Consumer<Actor> edit) {
        denied(CatalogPermission.CATALOG_EDIT, () -> edit.accept(centre.kyivManager));
        denied(CatalogPermission.CATALOG_EDIT, () -> edit.accept(noRoles));
    }

    private static void denied(Permission permission, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.permission()).isEqualTo(permission));
    }
}

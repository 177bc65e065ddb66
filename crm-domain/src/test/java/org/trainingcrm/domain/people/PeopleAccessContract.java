package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingcrm.domain.people.PeoplePermission.MEDICAL_READ;
import static org.trainingcrm.domain.people.PeoplePermission.MEDICAL_WRITE;
import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_READ;
import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_WRITE;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Role;

/**
 * The permission comes first: a manager whose role lost the people permissions (and who never
 * held the medical ones) is refused for every person id, whether such a person exists or not.
 */
public class PeopleAccessContract extends PeopleContract {

    private Crm refusing;
    private Actor manager;
    private PersonId mother;
    private PersonId child;

    @BeforeEach
    void aFamilyAndAManagerWithoutPeoplePermissions() {
        mother = adult("Доступ Мати");
        child = child("Доступ Дитина", mother);
        refusing = Crm.on(store, Crm.defaultAccessPolicy(store).revoking(Role.MANAGER, PEOPLE_READ, PEOPLE_WRITE),
                clock);
        manager = centre.headOfficeManager;
    }

    @Test
    public void reading_and_changing_people_is_refused_for_any_id() {
        PeopleService people = refusing.people();
        GuardianForm father = GuardianForm.existing(mother, GuardianRelation.FATHER);

        refused(PEOPLE_READ, id -> people.profile(manager, id));
        refused(PEOPLE_READ, id -> people.guardiansOf(manager, id));
        refused(PEOPLE_READ, id -> people.wardsOf(manager, id));
        refused(PEOPLE_WRITE, id -> people.recordBirthDate(manager, id, 1, ADULT));
        refused(PEOPLE_WRITE, id -> people.addGuardian(manager, id, 1, father));
        refused(PEOPLE_WRITE, id -> people.reviseGuardian(manager, id, 1, father));
        refused(PEOPLE_WRITE, id -> people.reviseGuardian(manager, id, 1, null));
        refused(PEOPLE_WRITE, id -> people.removeGuardian(manager, id, 1, mother));
        refused(PEOPLE_WRITE, id -> people.revisePreferences(manager, id, 1, "ні", List.of()));
        assertThat(crm.people().profile(manager, child).version()).isEqualTo(1);
    }

    @Test
    public void the_referral_graph_is_refused_for_any_id() {
        ReferralService referrals = refusing.referrals();

        refused(PEOPLE_WRITE, id -> referrals.record(manager, id, mother));
        refused(PEOPLE_WRITE, id -> referrals.change(manager, id, mother));
        refused(PEOPLE_WRITE, id -> referrals.clear(manager, id));
        refused(PEOPLE_READ, id -> referrals.referrerOf(manager, id));
        refused(PEOPLE_READ, id -> referrals.broughtBy(manager, id));
        refused(PEOPLE_READ, id -> referrals.tree(manager, id));
        refused(PEOPLE_READ, id -> referrals.tree(manager, id, 0));
        assertThat(crm.referrals().referrerOf(manager, child)).isEmpty();
    }

    @Test
    public void medical_notes_are_refused_for_any_id_to_a_manager_by_default() {
        MedicalNoteService notes = crm.medicalNotes();

        refused(MEDICAL_READ, id -> notes.read(manager, id));
        refused(MEDICAL_WRITE, id -> notes.write(manager, id, 0, "Алергія"));
        refused(MEDICAL_WRITE, id -> notes.clear(manager, id, 0));
        assertThat(notes.read(centre.administrator, child)).isEmpty();
    }

    /** The call is refused with the permission for an existing person and for an unknown id alike. */
    private void refused(Permission permission, Consumer<PersonId> call) {
        for (PersonId id : List.of(child, PersonId.newId())) {
            assertThatThrownBy(() -> call.accept(id)).isInstanceOfSatisfying(AccessDenied.class,
                    e -> assertThat(e.permission()).isEqualTo(permission));
        }
    }
}

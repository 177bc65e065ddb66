package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;

/** C7: guardians, birth dates and preferences of people the centre knows, on any store. */
public class GuardianContract extends PeopleContract {

    @Test
    public void a_guardian_can_be_neither_the_child_nor_a_minor() {
        PersonId mother = adult("Шевченко Олена");
        PersonId child = child("Шевченко Андрій", mother);
        PersonId sibling = child("Шевченко Ніна", mother);
        long version = crm.people().profile(centre.headOfficeManager, child).version();

        assertThatThrownBy(() -> crm.people().addGuardian(centre.headOfficeManager, child, version,
                GuardianForm.existing(child, GuardianRelation.OTHER)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("guardian.person");
                    assertThat(e.value()).isEqualTo(child.toString());
                    assertThat(e.reason()).isEqualTo("is the child themself");
                });
        assertThatThrownBy(() -> crm.people().addGuardian(centre.headOfficeManager, child, version,
                GuardianForm.existing(sibling, GuardianRelation.OTHER)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("guardian.person");
                    assertThat(e.value()).isEqualTo(sibling.toString());
                    assertThat(e.reason()).contains("under 18 on 2026-09-01");
                });
        assertThat(crm.people().profile(centre.headOfficeManager, child).version()).isEqualTo(version);
    }
    @Test
    public void adds_a_guardian_who_takes_the_main_contact_mark_and_audits_before_and_after() {
        PersonId mother = adult("Коваленко Ірина");
        PersonId child = crm.people().registerStudent(centre.headOfficeManager,
                StudentForm.named("Коваленко Денис " + centre.tag).bornOn(CHILD)
                        .guardian(GuardianForm.existing(mother, GuardianRelation.MOTHER).asMainContact()));
        clock.advance(Duration.ofMinutes(1));

        PersonId father = crm.people().addGuardian(centre.headOfficeManager, child, 1,
                GuardianForm.newPerson(PersonForm.named("Коваленко Сергій " + centre.tag), GuardianRelation.FATHER)
                        .whoMayPickUp().asMainContact());

        PersonProfile profile = crm.people().profile(centre.headOfficeManager, child);
        assertThat(profile.version()).isEqualTo(2);
        assertThat(profile.guardians()).extracting(GuardianCard::person).containsExactly(mother, father);
        assertThat(profile.guardians()).extracting(GuardianCard::mainContact).containsExactly(false, true);
        List<AuditEntry> trail = crm.audit().of(centre.administrator, "person", child);
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly("person.registerStudent", "person.addGuardian");
        assertThat(trail.get(1).before()).contains(mother + " (MOTHER, main contact)");
        assertThat(trail.get(1).after()).contains(father + " (FATHER, picks up, main contact)");
        assertThat(crm.audit().of(centre.administrator, "person", father)).extracting(AuditEntry::action)
                .containsExactly("person.register");
    }
    @Test
    public void revises_a_guardian() {
        PersonId mother = adult("Бондар Галина");
        PersonId child = child("Бондар Яна", mother);

        crm.people().reviseGuardian(centre.headOfficeManager, child, 1,
                GuardianForm.existing(mother, GuardianRelation.GUARDIAN).whoMayPickUp());

        assertThat(crm.people().guardiansOf(centre.headOfficeManager, child)).singleElement().satisfies(g -> {
            assertThat(g.relation()).isEqualTo(GuardianRelation.GUARDIAN);
            assertThat(g.mayPickUp()).isTrue();
        });
    }
    @Test
    public void a_minor_keeps_the_last_guardian_while_an_adult_may_lose_theirs() {
        PersonId mother = adult("Мельник Оксана");
        PersonId grandmother = adult("Мельник Віра");
        PersonId child = child("Мельник Олег", mother);
        crm.people().addGuardian(centre.headOfficeManager, child, 1,
                GuardianForm.existing(grandmother, GuardianRelation.GRANDPARENT));

        crm.people().removeGuardian(centre.headOfficeManager, child, 2, grandmother);
        assertThatThrownBy(() -> crm.people().removeGuardian(centre.headOfficeManager, child, 3, mother))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.guardian.lastOfMinor"));

        assertThat(crm.people().guardiansOf(centre.headOfficeManager, child)).extracting(GuardianCard::person)
                .containsExactly(mother);
        PersonId adultStudent = adult("Мельник Андрій");
        crm.people().addGuardian(centre.headOfficeManager, adultStudent, 1,
                GuardianForm.existing(mother, GuardianRelation.MOTHER));
        crm.people().removeGuardian(centre.headOfficeManager, adultStudent, 2, mother);
        assertThat(crm.people().guardiansOf(centre.headOfficeManager, adultStudent)).isEmpty();
    }
    @Test
    public void a_birth_date_that_makes_someone_a_minor_needs_a_guardian_and_a_guardian_stays_adult() {
        PersonId grown = adult("Ткаченко Влад");
        PersonId mother = adult("Ткаченко Люда");
        PersonId child = child("Ткаченко Юра", mother);

        assertThatThrownBy(() -> crm.people().recordBirthDate(centre.headOfficeManager, grown, 1, CHILD))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.minorWithoutGuardian"));
        assertThatThrownBy(() -> crm.people().recordBirthDate(centre.headOfficeManager, mother, 1, CHILD))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.guardianCannotBeMinor"));
        assertThatThrownBy(() -> crm.people().recordBirthDate(centre.headOfficeManager, grown, 1,
                LocalDate.of(2027, 1, 1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("person.birthDate");
                    assertThat(e.value()).isEqualTo("2027-01-01");
                });

        crm.people().recordBirthDate(centre.headOfficeManager, child, 1, LocalDate.of(2012, 2, 29));
        assertThat(crm.people().profile(centre.headOfficeManager, child).birthDate())
                .isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(crm.people().profile(centre.headOfficeManager, grown).birthDate()).isEqualTo(ADULT);
    }
    @Test
    public void a_stale_change_is_refused_and_the_new_guardian_is_not_written() {
        PersonId mother = adult("Лисенко Алла");
        PersonId child = child("Лисенко Гліб", mother);
        crm.people().revisePreferences(centre.headOfficeManager, child, 1, "шахи", List.of());

        assertThatThrownBy(() -> crm.people().addGuardian(centre.headOfficeManager, child, 1,
                GuardianForm.newPerson(PersonForm.named("Лисенко Борис " + centre.tag), GuardianRelation.FATHER)))
                .isInstanceOf(ConcurrentChange.class);

        assertThat(crm.people().find(centre.administrator, "Лисенко Борис " + centre.tag)).isEmpty();
        assertThat(crm.people().profile(centre.headOfficeManager, child).version()).isEqualTo(2);
    }
    @Test
    public void keeps_preferences_as_notes_and_distinct_tags_in_any_script() {
        PersonId student = adult("Müller Jürgen");

        crm.people().revisePreferences(centre.headOfficeManager, student, 1, "Prefiere clases por la mañana",
                List.of("Café", "cafe", " 早上 ", "早上", "grandes letras"));

        PersonProfile profile = crm.people().profile(centre.headOfficeManager, student);
        assertThat(profile.preferences().notes()).isEqualTo("Prefiere clases por la mañana");
        assertThat(profile.preferences().tags()).containsExactly("Café", "早上", "grandes letras");
        assertThatThrownBy(() -> crm.people().revisePreferences(centre.headOfficeManager, student, 2, null,
                List.of("x".repeat(61))))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("person.preferences.tags"));
    }
}

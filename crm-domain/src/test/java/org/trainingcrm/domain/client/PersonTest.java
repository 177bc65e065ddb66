package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.Guardian;
import org.trainingcrm.domain.people.GuardianRelation;
import org.trainingcrm.domain.people.Preferences;

/** The rules a person keeps by themself: age, guardians, preferences. */
class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static Person named(String name) {
        return new Person(PersonId.newId(), name, null, null);
    }

    private static Person child(Person guardian) {
        Person child = named("Оля");
        child.addGuardian(guardian, GuardianRelation.MOTHER, true, true, TODAY);
        child.recordBirthDate(LocalDate.of(2015, 1, 1), TODAY);
        return child;
    }

    @Test
    void a_person_whose_birth_date_is_unknown_is_no_minor_and_has_no_age() {
        Person person = named("Ким Ён Су");

        assertThat(person.isMinorOn(TODAY)).isFalse();
        assertThat(person.ageOn(TODAY)).isEmpty();
    }

    @Test
    void tells_the_age_and_minority_on_any_day() {
        Person child = child(named("Мама"));

        assertThat(child.ageOn(TODAY)).contains(11);
        assertThat(child.isMinorOn(TODAY)).isTrue();
        assertThat(child.isMinorOn(LocalDate.of(2033, 1, 1))).isFalse();
        assertThat(child.ageOn(LocalDate.of(2014, 1, 1))).isEmpty();
    }

    @Test
    void refuses_to_make_a_guardianless_person_a_minor() {
        Person person = named("Петя");

        assertThatThrownBy(() -> person.recordBirthDate(LocalDate.of(2015, 1, 1), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.minorWithoutGuardian"));
        assertThat(person.birthDate()).isEmpty();
    }

    @Test
    void refuses_birth_dates_in_the_future_or_beyond_a_lifetime() {
        Person person = named("Петя");

        assertThatThrownBy(() -> person.recordBirthDate(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("person.birthDate"));
        assertThatThrownBy(() -> person.recordBirthDate(TODAY.minusYears(131), TODAY))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("person.birthDate"));
    }

    @Test
    void a_guardian_is_neither_the_person_nor_a_minor_nor_listed_twice() {
        Person mother = named("Мама");
        Person child = child(mother);
        Person sibling = child(mother);

        assertThatThrownBy(() -> child.addGuardian(child, GuardianRelation.OTHER, false, false, TODAY))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("guardian.person"));
        assertThatThrownBy(() -> child.addGuardian(sibling, GuardianRelation.OTHER, false, false, TODAY))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("under 18"));
        assertThatThrownBy(() -> child.addGuardian(mother, GuardianRelation.GUARDIAN, false, false, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.guardian.duplicate"));
        assertThatThrownBy(() -> child.addGuardian(named("Папа"), null, false, false, TODAY))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("guardian.relation"));
    }

    @Test
    void one_guardian_at_most_is_the_main_contact() {
        Person mother = named("Мама");
        Person father = named("Папа");
        Person child = child(mother);

        child.addGuardian(father, GuardianRelation.FATHER, false, true, TODAY);
        assertThat(child.guardians()).extracting(Guardian::isMainContact).containsExactly(false, true);

        child.reviseGuardian(mother.id(), GuardianRelation.MOTHER, true, true);
        assertThat(child.guardians()).extracting(Guardian::isMainContact).containsExactly(true, false);
    }

    @Test
    void a_minor_keeps_the_last_guardian_until_coming_of_age() {
        Person mother = named("Мама");
        Person child = child(mother);

        assertThatThrownBy(() -> child.removeGuardian(mother.id(), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.guardian.lastOfMinor"));
        child.removeGuardian(mother.id(), LocalDate.of(2033, 1, 1));
        assertThat(child.guardians()).isEmpty();
        assertThatThrownBy(() -> child.removeGuardian(mother.id(), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("person.guardian.unknown"));
    }

    @Test
    void the_audit_state_shows_guardians_and_preferences() {
        Person mother = named("Мама");
        Person child = child(mother);
        child.revisePreferences(new Preferences("любит лего", List.of("утро")));

        assertThat(child.auditState().toJson())
                .contains("\"birthDate\":\"2015-01-01\"")
                .contains(mother.id() + " (MOTHER, picks up, main contact)")
                .contains("\"preferences\":\"любит лего\"")
                .contains("\"preferenceTags\":\"[утро]\"");
    }
}

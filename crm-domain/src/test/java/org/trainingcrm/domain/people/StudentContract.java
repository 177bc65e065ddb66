package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.bulk.NewClient;
import org.trainingcrm.domain.bulk.NewContact;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;

/** C7: registering students with their parents or guardians, through the services on any store. */
public class StudentContract extends PeopleContract {

    @Test
    public void registers_a_child_with_a_new_mother_and_a_known_grandfather_and_reads_the_profile_back() {
        PersonId grandfather = adult("Іваненко Петро");

        PersonId id = crm.people().registerStudent(centre.headOfficeManager,
                StudentForm.named("Иванов Пётр " + centre.tag).bornOn(CHILD).phone("8 912 345-67-89")
                        .email("petya@пример.рф")
                        .guardian(GuardianForm.newPerson(new PersonForm("Иванова Мария " + centre.tag,
                                "+7 (912) 000-11-22", "Maria@Example.COM"), GuardianRelation.MOTHER)
                                .whoMayPickUp().asMainContact())
                        .guardian(GuardianForm.existing(grandfather, GuardianRelation.GRANDPARENT))
                        .preferences("Любит рисовать; просит курс по 3D", List.of("утро", "Рисование", "рисование")));

        PersonProfile profile = crm.people().profile(centre.headOfficeManager, id);
        assertThat(profile.fullName()).isEqualTo("Иванов Пётр " + centre.tag);
        assertThat(profile.branch()).isEqualTo(centre.headOffice);
        assertThat(profile.birthDate()).isEqualTo(CHILD);
        assertThat(profile.minor()).isTrue();
        assertThat(profile.phone()).isEqualTo("+79123456789");
        assertThat(profile.email()).isEqualTo("petya@пример.рф");
        assertThat(profile.version()).isEqualTo(1);
        assertThat(profile.preferences().notes()).isEqualTo("Любит рисовать; просит курс по 3D");
        assertThat(profile.preferences().tags()).containsExactly("утро", "Рисование");
        assertThat(profile.guardians()).hasSize(2);
        GuardianCard mother = profile.guardians().get(0);
        assertThat(mother.fullName()).isEqualTo("Иванова Мария " + centre.tag);
        assertThat(mother.phone()).isEqualTo("+79120001122");
        assertThat(mother.email()).isEqualTo("Maria@example.com");
        assertThat(mother.relation()).isEqualTo(GuardianRelation.MOTHER);
        assertThat(mother.mayPickUp()).isTrue();
        assertThat(mother.mainContact()).isTrue();
        GuardianCard grandpa = profile.guardians().get(1);
        assertThat(grandpa.person()).isEqualTo(grandfather);
        assertThat(grandpa.relation()).isEqualTo(GuardianRelation.GRANDPARENT);
        assertThat(grandpa.mayPickUp()).isFalse();
        assertThat(grandpa.mainContact()).isFalse();
        assertThat(crm.people().wardsOf(centre.headOfficeManager, grandfather)).extracting(PersonRef::id)
                .containsExactly(id);
        assertThat(crm.people().find(centre.headOfficeManager, "иванова мария " + centre.tag))
                .extracting(PersonRef::id).containsExactly(mother.person());
        assertThat(crm.audit().of(centre.administrator, "person", id)).extracting(AuditEntry::action)
                .containsExactly("person.registerStudent");
    }
    @Test
    public void an_adult_student_needs_no_guardian_and_a_person_turns_adult_on_the_eighteenth_birthday() {
        PersonId comesOfAgeToday = crm.people().registerStudent(centre.madridManager,
                StudentForm.named("Zoë Núñez " + centre.tag).bornOn(LocalDate.of(2008, 9, 1)));

        PersonProfile profile = crm.people().profile(centre.madridManager, comesOfAgeToday);
        assertThat(profile.minor()).isFalse();
        assertThat(profile.guardians()).isEmpty();
        assertThatThrownBy(() -> crm.people().registerStudent(centre.madridManager,
                StudentForm.named("Zoë Núñez " + centre.tag).bornOn(LocalDate.of(2008, 9, 2))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("student.guardians"));
    }
    @Test
    public void refuses_a_minor_without_guardians_naming_the_field_and_writes_nothing() {
        assertThatThrownBy(() -> crm.people().registerStudent(centre.kyivManager,
                StudentForm.named("Ковальчук Софія " + centre.tag).bornOn(CHILD)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("student.guardians");
                    assertThat(e.value()).isEqualTo("[]");
                    assertThat(e.reason()).contains("under 18 on 2026-09-01");
                });
        assertThat(crm.people().find(centre.administrator, "Ковальчук Софія " + centre.tag)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
        "student.fullName               | ' '",
        "student.birthDate              | 2026-09-02",
        "student.birthDate              | 1890-01-01",
        "student.phone                  | 12",
        "student.email                  | 王@",
        "student.guardians[0].fullName  | ' '",
        "student.guardians[0].phone     | not a phone",
        "student.guardians[0].email     | mama@",
    })
    public void refuses_each_invalid_field_with_an_error_naming_it(String field, String value) {
        StudentForm form = StudentForm.named("王小明 " + centre.tag).bornOn(CHILD);
        PersonForm mother = PersonForm.named("李娜 " + centre.tag);
        switch (field) {
            case "student.fullName" -> form = StudentForm.named(value).bornOn(CHILD);
            case "student.birthDate" -> form.bornOn(LocalDate.parse(value));
            case "student.phone" -> form.phone(value);
            case "student.email" -> form.email(value);
            case "student.guardians[0].fullName" -> mother = PersonForm.named(value);
            case "student.guardians[0].phone" -> mother = new PersonForm("李娜", value, null);
            case "student.guardians[0].email" -> mother = new PersonForm("李娜", null, value);
            default -> throw new IllegalArgumentException(field);
        }
        StudentForm complete = form.guardian(GuardianForm.newPerson(mother, GuardianRelation.MOTHER));

        assertThatThrownBy(() -> crm.people().registerStudent(centre.headOfficeManager, complete))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.value()).isEqualTo(value);
                    assertThat(refused.getMessage()).contains(field).contains(value);
                });
        assertThat(crm.people().find(centre.administrator, "王小明 " + centre.tag)).isEmpty();
    }
    @Test
    public void reports_every_refused_guardian_at_once_and_writes_nothing() {
        PersonId minor = child("Петренко Іван", adult("Петренко Оксана"));
        PersonId unknown = PersonId.newId();

        assertThatThrownBy(() -> crm.people().registerStudent(centre.headOfficeManager,
                StudentForm.named("Петренко Марко " + centre.tag).bornOn(CHILD)
                        .guardian(GuardianForm.newPerson(PersonForm.named("Петренко Тарас " + centre.tag), null))
                        .guardian(GuardianForm.existing(minor, GuardianRelation.OTHER))
                        .guardian(GuardianForm.existing(unknown, GuardianRelation.GUARDIAN))))
                .isInstanceOfSatisfying(InvalidValues.class, refused -> {
                    assertThat(refused.refusals()).extracting(InvalidValue::field).containsExactly(
                            "student.guardians[0].relation", "student.guardians[1].person",
                            "student.guardians[2].person");
                    assertThat(refused.refusals().get(1).value()).isEqualTo(minor.toString());
                    assertThat(refused.refusals().get(1).reason()).contains("under 18");
                    assertThat(refused.refusals().get(2).reason()).isEqualTo("no such person");
                });
        assertThat(crm.people().find(centre.administrator, "Петренко Тарас " + centre.tag)).isEmpty();
        assertThat(crm.people().find(centre.administrator, "Петренко Марко " + centre.tag)).isEmpty();
    }
    @Test
    public void refuses_two_main_contacts_and_the_same_guardian_twice() {
        PersonId father = adult("García López Javier");

        assertThatThrownBy(() -> crm.people().registerStudent(centre.headOfficeManager,
                StudentForm.named("Lucía García " + centre.tag).bornOn(CHILD)
                        .guardian(GuardianForm.existing(father, GuardianRelation.FATHER).asMainContact())
                        .guardian(GuardianForm.existing(father, GuardianRelation.GUARDIAN).asMainContact())))
                .isInstanceOfSatisfying(InvalidValues.class, refused -> assertThat(refused.refusals())
                        .extracting(InvalidValue::field)
                        .containsExactly("student.guardians[1].person", "student.guardians"));
    }
    @Test
    public void a_branch_manager_cannot_see_or_change_another_branchs_students() {
        PersonId madrid = crm.people().registerStudent(centre.madridManager,
                StudentForm.named("Íñigo Pérez " + centre.tag).bornOn(ADULT));

        assertThatThrownBy(() -> crm.people().profile(centre.kyivManager, madrid)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> crm.people().revisePreferences(centre.kyivManager, madrid, 1, "x", List.of()))
                .isInstanceOf(AccessDenied.class);
        assertThat(crm.people().find(centre.kyivManager, "Íñigo Pérez " + centre.tag)).isEmpty();
        assertThat(crm.people().find(centre.headOfficeManager, "inigo perez " + centre.tag))
                .extracting(PersonRef::id).containsExactly(madrid);
        assertThatThrownBy(() -> crm.people().registerStudent(centre.kyivManager, centre.madrid,
                StudentForm.named("Ana " + centre.tag).bornOn(ADULT))).isInstanceOf(AccessDenied.class);
    }
    @Test
    public void a_contact_loaded_in_bulk_becomes_a_guardian_and_brings_the_child() {
        crm.bulkLoad().load(centre.administrator, centre.kyiv, List.of(new NewClient(
                ClientForm.organisation("ТОВ Сонях " + centre.tag),
                List.of(new NewContact(PersonForm.named("Гнатюк Марія " + centre.tag),
                        new ContactForm("Бухгалтер", null, null, null))),
                Map.of())), 10);
        ClientListing company = crm.search().find(centre.kyivManager,
                ClientQuery.all().nameStartsWith("ТОВ Сонях " + centre.tag)).items().get(0);
        PersonId contact = crm.clients().card(centre.kyivManager, company.id()).contacts().get(0).person();

        PersonId child = crm.people().registerStudent(centre.kyivManager,
                StudentForm.named("Гнатюк Данило " + centre.tag).bornOn(CHILD)
                        .guardian(GuardianForm.existing(contact, GuardianRelation.MOTHER).asMainContact()));
        crm.referrals().record(centre.kyivManager, child, contact);

        PersonProfile mother = crm.people().profile(centre.kyivManager, contact);
        assertThat(mother.branch()).isNull();
        assertThat(mother.birthDate()).isNull();
        assertThat(mother.guardians()).isEmpty();
        assertThat(mother.preferences().isEmpty()).isTrue();
        assertThat(crm.people().wardsOf(centre.kyivManager, contact)).extracting(PersonRef::id).containsExactly(child);
        assertThat(crm.referrals().broughtBy(centre.kyivManager, contact).referees()).extracting(Referee::person)
                .containsExactly(child);
    }
}

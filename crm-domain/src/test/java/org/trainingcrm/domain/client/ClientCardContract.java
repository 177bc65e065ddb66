package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.PersonForm;

/** C1, C2, C3, K7 and the use-case seam: the client card through the services, on any store. */
public class ClientCardContract extends CrmContract {

    private ClientForm romashka(IndustryId industry) {
        return ClientForm.organisation("Ромашка " + centre.tag)
                .fullName("Общество с ограниченной ответственностью «Ромашка»")
                .address("Москва, ул. Тверская, д. 1")
                .taxId("7707083893")
                .phone("8 (495) 123-45-67")
                .fax("+7 495 123 45 68")
                .email("Office@Romashka.RU")
                .website("romashka.ru")
                .industry(industry);
    }

    @Test
    public void registers_a_client_with_every_field_of_the_card_and_reads_it_back() {
        IndustryId medicine = crm.industries().define(centre.administrator, "Медицина " + centre.tag);

        ClientId id = crm.clients().register(centre.headOfficeManager, romashka(medicine));

        ClientCard card = crm.clients().card(centre.headOfficeManager, id);
        ClientProfile profile = card.profile();
        assertThat(card.branch()).isEqualTo(centre.headOffice);
        assertThat(profile.kind()).isEqualTo(ClientKind.ORGANISATION);
        assertThat(profile.shortName()).isEqualTo("Ромашка " + centre.tag);
        assertThat(profile.fullName()).isEqualTo("Общество с ограниченной ответственностью «Ромашка»");
        assertThat(profile.address()).isEqualTo("Москва, ул. Тверская, д. 1");
        assertThat(profile.taxId().value()).isEqualTo("7707083893");
        assertThat(profile.phone().e164()).isEqualTo("+74951234567");
        assertThat(profile.fax().e164()).isEqualTo("+74951234568");
        assertThat(profile.email().value()).isEqualTo("Office@romashka.ru");
        assertThat(profile.website()).isEqualTo("romashka.ru");
        assertThat(card.industryName()).isEqualTo("Медицина " + centre.tag);
        assertThat(card.registeredAt()).isEqualTo(clock.instant());
        assertThat(card.version()).isEqualTo(1);
    }

    @Test
    public void registers_a_private_person_in_a_branch_of_another_country() {
        ClientId id = crm.clients().register(centre.kyivManager,
                ClientForm.person("Шевченко Тарас Григорович").taxId("3184710691").phone("044 123 4567"));

        ClientCard card = crm.clients().card(centre.kyivManager, id);
        assertThat(card.profile().kind()).isEqualTo(ClientKind.PERSON);
        assertThat(card.profile().phone().e164()).isEqualTo("+380441234567");
        assertThat(card.profile().taxId().country().code()).isEqualTo("UA");
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
        "client.shortName | ' '",
        "client.taxId     | 7707083894",
        "client.phone     | 12",
        "client.fax       | not a fax",
        "client.email     | office@@romashka",
        "client.website   | ftp://romashka.ru",
    })
    public void refuses_each_invalid_field_with_an_error_naming_it(String field, String value) {
        ClientForm form = ClientForm.organisation("Ромашка");
        switch (field) {
            case "client.shortName" -> form.shortName(value);
            case "client.taxId" -> form.taxId(value);
            case "client.phone" -> form.phone(value);
            case "client.fax" -> form.fax(value);
            case "client.email" -> form.email(value);
            case "client.website" -> form.website(value);
            default -> throw new IllegalArgumentException(field);
        }

        assertThatThrownBy(() -> crm.clients().register(centre.headOfficeManager, form))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.value()).isEqualTo(value);
                    assertThat(refused.getMessage()).contains(field).contains(value);
                });
    }

    @Test
    public void reports_every_invalid_field_at_once_and_writes_nothing() {
        ClientForm form = ClientForm.organisation("Ромашка " + centre.tag).taxId("7707083894").email("nope");

        assertThatThrownBy(() -> crm.clients().register(centre.headOfficeManager, form))
                .isInstanceOfSatisfying(InvalidValues.class, refused -> assertThat(refused.refusals())
                        .extracting(InvalidValue::field).containsExactly("client.taxId", "client.email"));
        assertThat(crm.search().find(centre.administrator, ClientQuery.all().nameStartsWith(centre.tag))
                .items()).isEmpty();
    }

    @Test
    public void refuses_an_industry_that_is_not_in_the_dictionary() {
        assertThatThrownBy(() -> crm.clients().register(centre.headOfficeManager,
                ClientForm.organisation("Ромашка").industry(IndustryId.newId())))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("client.industry"));
    }

    @Test
    public void a_failed_use_case_leaves_nothing_written() {
        ClientId id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Київстар " + centre.tag));
        long version = crm.clients().card(centre.kyivManager, id).version();

        // the new person is written first, then the contact's e-mail is refused: both must vanish
        assertThatThrownBy(() -> crm.clients().addContact(centre.kyivManager, id, version,
                PersonForm.named("Петренко Олена"), new ContactForm("Бухгалтер", null, "bad@", null)))
                .isInstanceOf(InvalidValue.class);

        ClientCard card = crm.clients().card(centre.kyivManager, id);
        assertThat(card.contacts()).isEmpty();
        assertThat(card.version()).isEqualTo(version);
        assertThat(crm.audit().of(centre.administrator, "client", id)).extracting(AuditEntry::action)
                .containsExactly("client.register");
    }

    @Test
    public void revises_a_client_and_audits_the_state_before_and_after() {
        ClientId id = crm.clients().register(centre.madridManager,
                ClientForm.organisation("Telefónica " + centre.tag).taxId("A28015865"));
        clock.advance(Duration.ofMinutes(5));

        crm.clients().revise(centre.madridManager, id, 1,
                ClientForm.organisation("Telefónica España " + centre.tag).taxId("A28015865").phone("912 34 56 78"));

        ClientCard card = crm.clients().card(centre.madridManager, id);
        assertThat(card.profile().shortName()).isEqualTo("Telefónica España " + centre.tag);
        assertThat(card.profile().phone().e164()).isEqualTo("+34912345678");
        assertThat(card.version()).isEqualTo(2);
        List<AuditEntry> trail = crm.audit().of(centre.administrator, "client", id);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("client.register", "client.revise");
        AuditEntry revision = trail.get(1);
        assertThat(revision.actor()).isEqualTo(centre.madridManager.user());
        assertThat(revision.recordedAt()).isEqualTo(clock.instant());
        assertThat(revision.before()).contains("\"shortName\":\"Telefónica " + centre.tag + "\"")
                .contains("\"phone\":null");
        assertThat(revision.after()).contains("\"phone\":\"+34912345678\"");
    }

    @Test
    public void refuses_a_revision_of_a_stale_card_instead_of_overwriting() {
        ClientId id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Рошен " + centre.tag));
        crm.clients().revise(centre.kyivColleague, id, 1, ClientForm.organisation("Рошен-Колега " + centre.tag));

        assertThatThrownBy(() -> crm.clients().revise(centre.kyivManager, id, 1,
                ClientForm.organisation("Рошен-Мій " + centre.tag)))
                .isInstanceOfSatisfying(ConcurrentChange.class, e -> assertThat(e.id()).isEqualTo(id.toString()));
        assertThat(crm.clients().card(centre.kyivManager, id).profile().shortName())
                .isEqualTo("Рошен-Колега " + centre.tag);
    }

    @Test
    public void one_person_is_a_contact_of_several_clients() {
        ClientId school = crm.clients().register(centre.kyivManager, ClientForm.organisation("Школа " + centre.tag));
        ClientId bank = crm.clients().register(centre.kyivManager, ClientForm.organisation("Банк " + centre.tag));

        PersonId olena = crm.clients().addContact(centre.kyivManager, school, 1,
                new PersonForm("Коваленко Олена Іванівна", "+380 50 123 4567", "olena@school.ua"),
                new ContactForm("Директорка", "044 200 1000", "director@school.ua", "Любить ранкові дзвінки"));
        crm.clients().addContact(centre.kyivManager, bank, 1, olena,
                new ContactForm("Членкиня наглядової ради", null, null, null));

        ClientCard card = crm.clients().card(centre.kyivManager, school);
        assertThat(card.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.fullName()).isEqualTo("Коваленко Олена Іванівна");
            assertThat(contact.position()).isEqualTo("Директорка");
            assertThat(contact.phone()).isEqualTo("+380442001000");
            assertThat(contact.email()).isEqualTo("director@school.ua");
            assertThat(contact.notes()).isEqualTo("Любить ранкові дзвінки");
        });
        assertThat(card.version()).isEqualTo(2);
        assertThat(crm.search().clientsOf(centre.kyivManager, olena)).extracting(ClientListing::id)
                .containsExactlyInAnyOrder(school, bank);
    }

    @Test
    public void revises_and_removes_a_contact() {
        ClientId id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Нафтогаз " + centre.tag));
        PersonId person = crm.clients().addContact(centre.kyivManager, id, 1, PersonForm.named("Бондар Іван"),
                new ContactForm("Інженер", null, null, null));

        crm.clients().reviseContact(centre.kyivManager, id, 2, person,
                new ContactForm("Головний інженер", null, null, null));
        assertThat(crm.clients().card(centre.kyivManager, id).contacts()).extracting(ContactCard::position)
                .containsExactly("Головний інженер");

        crm.clients().removeContact(centre.kyivManager, id, 3, person);
        assertThat(crm.clients().card(centre.kyivManager, id).contacts()).isEmpty();
        assertThatThrownBy(() -> crm.clients().removeContact(centre.kyivManager, id, 4, person))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("client.contact.unknown"));
    }

    @Test
    public void a_branch_manager_cannot_see_or_change_another_branchs_clients() {
        ClientId madrid = crm.clients().register(centre.madridManager, ClientForm.organisation("Zara " + centre.tag));

        assertThatThrownBy(() -> crm.clients().card(centre.kyivManager, madrid)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> crm.clients().revise(centre.kyivManager, madrid, 1,
                ClientForm.organisation("Zara Kyiv"))).isInstanceOf(AccessDenied.class);
        assertThat(crm.clients().card(centre.administrator, madrid).profile().shortName())
                .isEqualTo("Zara " + centre.tag);
    }

    @Test
    public void moves_a_client_to_another_branch() {
        ClientId id = crm.clients().register(centre.administrator, centre.kyiv,
                ClientForm.organisation("Мандрівник " + centre.tag));

        crm.clients().moveToBranch(centre.administrator, id, 1, centre.madrid);

        assertThat(crm.clients().card(centre.madridManager, id).branch()).isEqualTo(centre.madrid);
        assertThatThrownBy(() -> crm.clients().card(centre.kyivManager, id)).isInstanceOf(AccessDenied.class);
    }

    @Test
    public void reports_an_unknown_client() {
        ClientId unknown = ClientId.newId();
        assertThatThrownBy(() -> crm.clients().card(centre.administrator, unknown))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.id()).isEqualTo(unknown.toString()));
    }

    @Test
    public void the_industry_dictionary_is_extended_by_users_and_refuses_near_duplicates() {
        IndustryId banks = crm.industries().define(centre.kyivManager, "Банки " + centre.tag);

        assertThatThrownBy(() -> crm.industries().define(centre.madridManager, "БАНКИ " + centre.tag))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("industry.name"));
        crm.industries().rename(centre.administrator, banks, "Банки та фінанси " + centre.tag);
        assertThat(crm.industries().list(centre.kyivManager)).contains(
                new IndustryEntry(banks, "Банки та фінанси " + centre.tag));
    }
}

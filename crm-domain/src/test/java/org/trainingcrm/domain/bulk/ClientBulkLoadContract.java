package org.trainingcrm.domain.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.client.ClientCard;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Page;

/** The bulk path: many clients with contacts and managers, each batch atomic. */
public class ClientBulkLoadContract extends CrmContract {

    private static final ServiceLine COURSES = ServiceLine.of("courses");

    private List<NewClient> rows(int count) {
        List<NewClient> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new NewClient(
                    ClientForm.organisation(String.format("Навчальний центр %03d", i)).phone("044 123 " + (4000 + i)),
                    List.of(new NewContact(PersonForm.named("Контакт " + i),
                            new ContactForm("Директор", null, "c" + i + "@centre.ua", null))),
                    Map.of(COURSES, centre.kyivManager.user())));
        }
        return rows;
    }

    @Test
    public void loads_clients_with_contacts_and_managers_in_batches() {
        BulkLoadReport report = crm.bulkLoad().load(centre.administrator, centre.kyiv, rows(25), 10);

        assertThat(report).isEqualTo(new BulkLoadReport(25, 25, 25, 3));
        Page<ClientListing> found = crm.search().find(centre.kyivManager,
                ClientQuery.all().nameContains("центр 01").withContactPosition("дир"));
        assertThat(found.items()).extracting(ClientListing::shortName).containsExactly(
                "Навчальний центр 010", "Навчальний центр 011", "Навчальний центр 012", "Навчальний центр 013",
                "Навчальний центр 014", "Навчальний центр 015", "Навчальний центр 016", "Навчальний центр 017",
                "Навчальний центр 018", "Навчальний центр 019");
        ClientCard card = crm.clients().card(centre.kyivManager, found.items().get(0).id());
        assertThat(card.profile().phone().e164()).isEqualTo("+380441234010");
        assertThat(card.registeredAt()).isEqualTo(clock.instant());
        assertThat(card.contacts()).singleElement().satisfies(c -> {
            assertThat(c.fullName()).isEqualTo("Контакт 10");
            assertThat(c.email()).isEqualTo("c10@centre.ua");
        });
        assertThat(crm.managers().clientsOf(centre.administrator, centre.kyivManager.user(), COURSES)).hasSize(25);
    }

    @Test
    public void a_refused_row_is_named_and_its_batch_is_not_written() {
        List<NewClient> rows = rows(25);
        rows.set(17, new NewClient(ClientForm.organisation("Зламаний").taxId("1234567"), List.of(), Map.of()));

        assertThatThrownBy(() -> crm.bulkLoad().load(centre.administrator, centre.kyiv, rows, 10))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("rows[17].client.taxId");
                    assertThat(e.value()).isEqualTo("1234567");
                });
        assertThat(crm.search().find(centre.kyivManager, ClientQuery.all()).total()).isEqualTo(10);
    }

    @Test
    public void loads_clients_of_an_industry_and_refuses_an_unknown_one() {
        IndustryId schools = crm.industries().define(centre.administrator, "Освіта " + centre.tag);
        List<NewClient> rows = List.of(
                new NewClient(ClientForm.organisation("Школа №1").industry(schools), List.of(), Map.of()),
                new NewClient(ClientForm.organisation("Школа №2").industry(schools), List.of(), Map.of()));

        crm.bulkLoad().load(centre.administrator, centre.kyiv, rows, 10);

        assertThat(crm.search().find(centre.kyivManager, ClientQuery.all().inIndustry(schools)).total()).isEqualTo(2);
        List<NewClient> unknown = List.of(
                new NewClient(ClientForm.organisation("Школа №3").industry(IndustryId.newId()), List.of(), Map.of()));
        assertThatThrownBy(() -> crm.bulkLoad().load(centre.administrator, centre.kyiv, unknown, 10))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("rows[0].client.industry"));
    }

    @Test
    public void refuses_a_manager_who_is_not_one() {
        List<NewClient> rows = List.of(new NewClient(ClientForm.organisation("Без менеджера"), List.of(),
                Map.of(COURSES, centre.administrator.user())));

        assertThatThrownBy(() -> crm.bulkLoad().load(centre.administrator, centre.kyiv, rows, 10))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("rows[0].managers"));
    }
}

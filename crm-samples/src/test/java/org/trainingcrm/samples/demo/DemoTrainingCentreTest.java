package org.trainingcrm.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.access.Actor;
import org.trainingcrm.domain.access.Role;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.access.UserId;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.client.ClientCard;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.persistence.CrmDatabase;

class DemoTrainingCentreTest {

    private static final int CLIENTS = 300;

    @TempDir
    Path folder;

    @Test
    void a_first_run_fills_the_centre_with_clients_contacts_and_managers_and_writes_the_workbook() {
        DemoSettings settings = DemoSettings.in(folder).withClients(CLIENTS);

        String output = run(settings);

        assertThat(output).contains("The database is empty", "Analytics workbook", "Run time");
        assertThat(settings.workbook()).isRegularFile();
        assertThat(settings.workbook().toFile().length()).isPositive();
        try (CrmDatabase store = CrmDatabase.embedded(settings.database())) {
            Crm crm = Crm.on(store, Clock.systemUTC());
            Actor administrator = administrator(crm);
            assertThat(crm.staff().branches(administrator)).hasSize(3);
            List<User> managers = crm.staff().users(administrator).stream().filter(u -> u.has(Role.MANAGER))
                    .toList();
            assertThat(managers).hasSize(8);
            assertThat(crm.industries().list(administrator)).hasSize(12);

            List<ClientListing> clients = crm.search().find(administrator, ClientQuery.all().page(0, 1000)).items();
            assertThat(clients).hasSize(CLIENTS);
            for (ClientListing client : clients.subList(0, 30)) {
                ClientCard card = crm.clients().card(administrator, client.id());
                assertThat(card.contacts()).hasSizeBetween(1, 3);
                assertThat(crm.managers().current(administrator, client.id()))
                        .anyMatch(a -> a.serviceLine().equals(DemoClients.COURSES));
            }
            int onCourses = managers.stream()
                    .mapToInt(m -> crm.managers().clientsOf(administrator, m.id(), DemoClients.COURSES).size())
                    .sum();
            assertThat(onCourses).as("every client has one manager on courses, after the tour's restore")
                    .isEqualTo(CLIENTS);
        }
    }

    @Test
    void a_second_run_reuses_the_database_and_loads_no_more_clients() throws Exception {
        DemoSettings settings = DemoSettings.in(folder).withClients(CLIENTS);
        run(settings);
        Files.delete(settings.workbook());

        String second = run(settings);

        assertThat(second).contains("reusing it").doesNotContain("The database is empty", "Loading");
        assertThat(second).contains("restored");
        assertThat(settings.workbook()).isRegularFile();
        try (CrmDatabase store = CrmDatabase.embedded(settings.database())) {
            Crm crm = Crm.on(store, Clock.systemUTC());
            Actor administrator = administrator(crm);
            assertThat(crm.staff().branches(administrator)).hasSize(3);
            assertThat(crm.search().find(administrator, ClientQuery.all()).total()).isEqualTo(CLIENTS);
        }
    }

    private static String run(DemoSettings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoTrainingCentre.run(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Signs in as the demo's administrator the way any host would: by login, through the services. */
    private static Actor administrator(Crm crm) {
        Actor host = new Actor(UserId.newId(), Set.of(Role.ADMINISTRATOR), BranchId.newId(), Locale.ROOT);
        User admin = crm.staff().users(host).stream().filter(u -> u.login().equals("admin")).findFirst()
                .orElseThrow();
        return crm.staff().actorFor(admin.id(), Locale.forLanguageTag("ru"));
    }
}

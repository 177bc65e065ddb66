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
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.catalog.CatalogQuery;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.client.ClientCard;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.schedule.GroupCard;
import org.trainingcrm.persistence.CrmDatabase;

class DemoTrainingCentreTest {

    private static final int CLIENTS = 300;
    private static final Set<String> TEACHING_STAFF = DemoProgrammePlan.PROGRAMMES.values().stream()
            .map(DemoProgrammePlan.Programme::teachingStaff).collect(Collectors.toSet());

    @TempDir
    Path folder;

    @Test
    void a_first_run_fills_the_centre_with_clients_contacts_managers_and_a_year_of_classes_and_writes_the_workbook()
            throws Exception {
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

            List<ClientListing> clients = crm.search().find(administrator, ClientQuery.all().page(0, 1000)).items()
                    .stream().filter(c -> !TEACHING_STAFF.contains(c.shortName())).toList();
            assertThat(clients).as("the loaded clients, besides each office's teaching staff").hasSize(CLIENTS);
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
            theCentreTeaches(crm, administrator);
        }
        assertThat(output).contains("courses", "groups", "enrollments", "attendance marks", "certificates",
                "Timetable of", "Roster of");
        try (XSSFWorkbook workbook = new XSSFWorkbook(settings.workbook().toFile())) {
            Sheet timetable = StreamSupport.stream(workbook.spliterator(), false)
                    .filter(sheet -> sheet.getSheetName().toLowerCase(Locale.ROOT).contains("timetable"))
                    .findFirst().orElseThrow(() -> new AssertionError("no timetable sheet in the workbook"));
            assertThat(timetable.getLastRowNum()).as("lessons in the timetable sheet").isGreaterThan(100);
            Set<String> branches = StreamSupport.stream(timetable.spliterator(), false).skip(1)
                    .map(row -> row.getCell(0).getStringCellValue()).collect(Collectors.toSet());
            assertThat(branches).as("the head office's administrator exports every branch")
                    .containsExactlyInAnyOrderElementsOf(DemoCentrePlan.OFFICES.stream()
                            .map(DemoCentrePlan.Office::name).toList());
        }
        try (CrmDatabase store = CrmDatabase.embedded(settings.database())) {
            Crm crm = Crm.on(store, Clock.systemUTC());
            Actor administrator = administrator(crm);
            assertThat(crm.audit().of(administrator, "report", administrator.user()))
                    .extracting(entry -> entry.action()).containsExactly("report.export");
        }
    }

    /** Courses in every office's currency, a level 2 after its level 1, groups, enrollments and certificates. */
    private static void theCentreTeaches(Crm crm, Actor administrator) {
        List<CourseListing> courses = crm.catalogSearch().find(administrator, CatalogQuery.all().page(0, 100))
                .items();
        assertThat(courses).hasSize(15);
        assertThat(courses).extracting(c -> c.price().currency().getCurrencyCode())
                .contains("RUB", "UAH", "EUR");
        assertThat(courses).anyMatch(c -> c.prerequisite() != null);
        int groups = 0;
        int enrolled = 0;
        int certified = 0;
        for (CourseListing course : courses) {
            for (GroupCard group : crm.groups().ofCourse(administrator, course.id())) {
                groups++;
                enrolled += crm.rosters().history(administrator, group.id()).size();
                certified += crm.certificates().issueList(administrator, group.id()).size();
            }
        }
        assertThat(groups).isBetween(30, 40);
        assertThat(enrolled).isGreaterThan(200);
        assertThat(certified).isGreaterThan(50);
    }

    @Test
    void a_second_run_reuses_the_database_and_loads_no_more_clients() throws Exception {
        DemoSettings settings = DemoSettings.in(folder).withClients(CLIENTS);
        run(settings);
        Files.delete(settings.workbook());

        String second = run(settings);

        assertThat(second).contains("reusing it", "Timetable of", "Roster of")
                .doesNotContain("The database is empty", "Loading", "Growing");
        assertThat(second).contains("restored");
        assertThat(settings.workbook()).isRegularFile();
        try (CrmDatabase store = CrmDatabase.embedded(settings.database())) {
            Crm crm = Crm.on(store, Clock.systemUTC());
            Actor administrator = administrator(crm);
            assertThat(crm.staff().branches(administrator)).hasSize(3);
            assertThat(crm.search().find(administrator, ClientQuery.all()).total())
                    .isEqualTo(CLIENTS + TEACHING_STAFF.size());
            assertThat(crm.catalogSearch().find(administrator, CatalogQuery.all().page(0, 100)).total())
                    .as("no second catalogue").isEqualTo(15);
        }
    }

    private static String run(DemoSettings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoTrainingCentre.run(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Signs in as the demo's administrator the way any host would: by login, through the services. */
    private static Actor administrator(Crm crm) {
        return crm.staff().actorForLogin(DemoCentrePlan.ADMINISTRATOR, Locale.forLanguageTag("ru"));
    }
}

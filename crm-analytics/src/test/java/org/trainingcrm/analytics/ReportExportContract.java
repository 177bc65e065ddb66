package org.trainingcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.trainingcrm.domain.report.ReportPermission;
import org.trainingcrm.domain.branch.BranchPorts;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.testing.TestDatabase;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.access.RoleBasedAccessPolicy;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.schedule.HolidayCalendar;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.domain.schedule.WeeklySlot;

/**
 * Exporting the reports on an actor's behalf, on every database the reports run on: the
 * permission, the audit entry, the branch scope inside each report's SQL, and the whole of each
 * report pushed down to the database in either scope. Each subclass supplies one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportExportContract {

    private static final String CLIENTS_SHEET = "Clients per manager by industry";
    private static final String TIMETABLE_SHEET = "Timetable";

    private TestDatabase database;
    private Crm crm;
    private Centre centre;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open_a_centre_with_clients_and_lessons_in_two_branches() {
        System.setProperty("java.awt.headless", "true");
        database = openDatabase();
        // branch managers may export here; by default only administrators do
        crm = Crm.on(database.store(), Crm.defaultAccessPolicy(database.store())
                .granting(Role.MANAGER, ReportPermission.REPORT_EXPORT), TestClock.at("2026-09-01T09:00:00Z"));
        centre = Centre.open(crm);
        holdsAClient(centre.kyivManager, "Ромашка");
        holdsAClient(centre.madridManager, "Flores y Plantas");
        holdsAClient(centre.headOfficeManager, "Одуванчик");

        Programmes programmes = new Programmes(crm, database.store(), centre);
        PersonId teacher = programmes.teacher("Іваненко Марія");
        PersonId profesora = programmes.teacher("María García");
        ScheduleRule twoMondays = ScheduleRule.weeklyCount(2, Programmes.ninetyMinutes(),
                WeeklySlot.at(DayOfWeek.MONDAY, LocalTime.of(18, 0)));
        CourseId excel = programmes.kyivCourse(Programmes.aCourse("Excel для бухгалтерів"));
        RoomId kyivRoom = programmes.kyivRoom("Аудиторія 1", 12);
        crm.groups().create(centre.administrator, excel,
                Programmes.aGroup("Вечірня група", teacher, kyivRoom, LocalDate.of(2026, 10, 5), twoMondays),
                HolidayCalendar.none());
        CourseId spanish = crm.catalog().create(centre.administrator, centre.madrid,
                Programmes.aCourse("Excel para contables"));
        RoomId madridRoom = crm.rooms().add(centre.administrator, centre.madrid, "Aula 1 " + centre.tag, 12);
        crm.groups().create(centre.administrator, spanish,
                Programmes.aGroup("Grupo de tarde", profesora, madridRoom, LocalDate.of(2026, 10, 5), twoMondays),
                HolidayCalendar.none());
    }

    @AfterAll
    void close_the_database() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_branch_manager_with_the_export_permission_sees_only_their_branch(@TempDir Path folder) throws Exception {
        Path written = AnalyticsWorkbook.write(crm, centre.kyivManager, database.dataSource(),
                folder.resolve("kyiv.xlsx"));

        assertThat(firstColumn(written, CLIENTS_SHEET)).containsExactly("Олена Менеджер");
        assertThat(firstColumn(written, TIMETABLE_SHEET)).containsExactly(kyiv(), kyiv());
    }

    @Test
    void a_head_office_administrator_sees_every_branch(@TempDir Path folder) throws Exception {
        Path written = AnalyticsWorkbook.write(crm, centre.administrator, database.dataSource(),
                folder.resolve("all.xlsx"));

        assertThat(firstColumn(written, CLIENTS_SHEET))
                .containsExactlyInAnyOrder("Олена Менеджер", "José Gestor", "Мария Менеджер");
        assertThat(firstColumn(written, TIMETABLE_SHEET))
                .containsExactlyInAnyOrder(kyiv(), kyiv(), madrid(), madrid());
    }

    @Test
    void an_actor_without_the_permission_is_refused_and_no_file_is_written(@TempDir Path folder) {
        Crm byDefault = Crm.on(database.store(), TestClock.at("2026-09-01T09:00:00Z"));
        Path target = folder.resolve("refused/madrid.xlsx");

        assertThatThrownBy(() -> AnalyticsWorkbook.write(byDefault, centre.madridManager, database.dataSource(),
                target))
                .isInstanceOfSatisfying(AccessDenied.class,
                        denied -> assertThat(denied.permission()).isEqualTo(ReportPermission.REPORT_EXPORT));
        assertThat(target).doesNotExist();
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void the_export_is_in_the_audit_trail_with_its_reports_and_scope(@TempDir Path folder) {
        AnalyticsWorkbook.write(crm, centre.madridManager, database.dataSource(), folder.resolve("madrid.xlsx"),
                List.of(Report.named("timetable")));

        List<AuditEntry> trail = crm.audit().of(centre.administrator, "report", centre.madridManager.user());
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report.export");
            assertThat(entry.entityType()).isEqualTo("report");
            assertThat(entry.after()).contains("\"reports\":\"[timetable]\"")
                    .contains("\"scope\":\"branch " + centre.madrid + "\"");
        });
    }

    Stream<Arguments> every_report_in_either_scope() {
        List<Arguments> cases = new ArrayList<>();
        for (Report report : Report.all()) {
            cases.add(Arguments.of(report.name(), "all branches"));
            cases.add(Arguments.of(report.name(), "one branch"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("every_report_in_either_scope")
    void the_whole_report_with_its_scope_runs_in_the_database(String name, String scopeName) {
        BranchScope scope = scopeName.equals("all branches") ? BranchScope.all() : BranchScope.of(centre.kyiv);
        try (CrmAnalytics analytics = CrmAnalytics.over(database.dataSource())) {
            String plan = analytics.plan(Report.named(name), scope);

            assertThat(plan.lines().findFirst()).as(plan).contains("JdbcToEnumerableConverter");
            assertThat(plan.lines().filter(line -> line.contains("Enumerable"))).as(plan).hasSize(1);
            assertThat(plan).as(plan).contains("JdbcFilter(condition=[OR(=(?0, 1), =(");
        }
    }

    private void holdsAClient(Actor manager, String name) {
        ClientId client = crm.clients().register(manager, ClientForm.organisation(name + " " + centre.tag));
        crm.managers().assign(manager, client, ServiceLine.of("courses"), manager.user());
    }

    private String kyiv() {
        return branchName(centre.kyiv);
    }

    private String madrid() {
        return branchName(centre.madrid);
    }

    private String branchName(BranchId id) {
        return crm.staff().branches(centre.administrator).stream()
                .filter(branch -> branch.id().equals(id)).findFirst().orElseThrow().name();
    }

    private static List<String> firstColumn(Path workbook, String sheetName) throws Exception {
        try (XSSFWorkbook read = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = read.getSheet(sheetName);
            List<String> values = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    values.add(row.getCell(0).getStringCellValue());
                }
            }
            return values;
        }
    }
}

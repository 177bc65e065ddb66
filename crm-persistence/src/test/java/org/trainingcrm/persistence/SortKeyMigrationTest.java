package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.catalog.CatalogOrder;
import org.trainingcrm.domain.catalog.CatalogQuery;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.fixtures.SortedNames;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.people.PeopleQuery;
import org.trainingcrm.domain.people.PersonRef;
import org.trainingcrm.domain.people.StudentForm;

/**
 * A database written before the sort keys existed keeps working: the sort-key change sets add the key
 * columns and fills them for the rows already there, so its searches sort as a new one's do.
 */
class SortKeyMigrationTest {

    private static final List<String> TABLES = List.of("client:name", "person:name", "course:title");

    @Test
    void the_changelog_fills_the_sort_keys_of_rows_written_before_them() throws SQLException {
        Path folder = Path.of("target", "test-db", "migration-" + UUID.randomUUID());
        TestClock clock = TestClock.at("2026-09-01T09:00:00Z");
        Actor head;
        try (CrmDatabase db = CrmDatabase.embedded(folder)) {
            Crm crm = Crm.on(db, clock);
            Centre centre = Centre.open(crm);
            head = SortedNames.in(centre.headOfficeManager, "es");
            Programmes programmes = new Programmes(crm, db, centre);
            for (String name : SortedNames.NAMES) {
                crm.clients().register(centre.madridManager, ClientForm.organisation(name));
                crm.people().registerStudent(centre.madridManager, StudentForm.named(name)
                        .bornOn(LocalDate.of(1990, 1, 1)));
                programmes.kyivCourse(Programmes.aCourse(name));
            }
            forgetSortKeys(db);
        }

        try (CrmDatabase db = CrmDatabase.embedded(folder)) {
            assertThat(emptyKeys(db)).isZero();
            Crm crm = Crm.on(db, clock);
            assertThat(crm.search().find(head, ClientQuery.all()).items()).extracting(ClientListing::shortName)
                    .containsExactlyElementsOf(SortedNames.SPANISH);
            assertThat(crm.peopleSearch().find(SortedNames.in(head, "zh"), PeopleQuery.all()).items())
                    .extracting(PersonRef::fullName).containsExactlyElementsOf(SortedNames.CHINESE);
            assertThat(crm.catalogSearch().find(SortedNames.in(head, "ru"),
                    CatalogQuery.all().orderedBy(CatalogOrder.TITLE)).items())
                    .extracting(CourseListing::title).containsExactlyElementsOf(SortedNames.RUSSIAN);
        }
    }

    /** Takes the database back to before the sort-key change sets: no key columns, the change sets not run. */
    private static void forgetSortKeys(CrmDatabase db) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                String[] parts = table.split(":");
                for (SortLocale order : SortLocale.values()) {
                    statement.execute("ALTER TABLE " + parts[0] + " DROP COLUMN " + parts[1] + "_sort_" + order.column());
                }
            }
            statement.execute("DELETE FROM databasechangelog WHERE id LIKE '007-%'");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static int emptyKeys(CrmDatabase db) throws SQLException {
        int empty = 0;
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                String[] parts = table.split(":");
                for (SortLocale order : SortLocale.values()) {
                    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + parts[0] + " WHERE "
                            + parts[1] + "_sort_" + order.column() + " IS NULL")) {
                        count.next();
                        empty += count.getInt(1);
                    }
                }
            }
        }
        return empty;
    }
}

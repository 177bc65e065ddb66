package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientCard;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.ContactCard;
import org.trainingcrm.domain.enrollment.EnrollmentCard;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.LegacyArchive.AppliedChangeSet;

/**
 * A database made by the release at dd63705 (see resources/legacy/README.md) opens with today's
 * code: its data reads back through the services, and no change set it already ran runs again.
 */
class LegacyDatabaseTest {

    private static final String ARCHIVE = "/legacy/crm-dd63705.zip";

    @Test
    void a_database_of_release_dd63705_opens_with_its_data_and_runs_no_change_set_again(@TempDir Path folder)
            throws Exception {
        Properties ids = LegacyArchive.unzip(ARCHIVE, folder);
        Path database = folder.resolve("crm");
        List<AppliedChangeSet> before;
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
            before = LegacyArchive.appliedChangeSets(connection);
        }
        assertThat(before).extracting(AppliedChangeSet::id).contains("001-branch", "002-client", "catalog-course",
                "timetable-lesson", "004-referral", "enrollment-enrollment", "enrollment-certificate");

        try (CrmDatabase db = CrmDatabase.embedded(database)) {
            Crm crm = Crm.on(db, TestClock.at("2026-09-02T09:00:00Z"));
            Actor manager = crm.staff().actorFor(new UserId(uuid(ids, "kyivManager")), Locale.forLanguageTag("uk"));
            String tag = ids.getProperty("tag");

            ClientId romashka = new ClientId(uuid(ids, "client.romashka"));
            ClientCard card = crm.clients().card(manager, romashka);
            assertThat(card.profile().shortName()).isEqualTo("Ромашка");
            assertThat(card.profile().fullName()).isEqualTo("ТОВ «Ромашка»");
            assertThat(card.contacts()).extracting(ContactCard::person, ContactCard::fullName, ContactCard::position,
                    ContactCard::notes).containsExactly(tuple(
                            new PersonId(uuid(ids, "person.olena")), "Олена Коваленко", "Бухгалтер", "Приймає рахунки"));

            ClientId beijing = new ClientId(uuid(ids, "client.beijing"));
            ClientCard chinese = crm.clients().card(manager, beijing);
            assertThat(chinese.profile().shortName()).isEqualTo("北京培训中心");
            assertThat(chinese.profile().address()).isEqualTo("北京市朝阳区");
            assertThat(chinese.contacts()).extracting(ContactCard::fullName, ContactCard::position)
                    .containsExactly(tuple("王小明", "经理"));
            assertThat(crm.search().find(manager, ClientQuery.all().nameContains("培训")).items())
                    .extracting(ClientListing::id).containsExactly(beijing);

            CourseId course = new CourseId(uuid(ids, "course"));
            assertThat(crm.catalog().card(manager, course).details().title()).isEqualTo("Excel для бухгалтерів " + tag);

            GroupId group = new GroupId(uuid(ids, "group"));
            EnrollmentId seat = new EnrollmentId(uuid(ids, "enrollment"));
            EnrollmentCard enrollment = crm.rosters().card(manager, seat);
            assertThat(enrollment.group()).isEqualTo(group);
            assertThat(enrollment.course()).isEqualTo(course);
            assertThat(enrollment.student()).isEqualTo(new PersonId(uuid(ids, "student")));
            assertThat(enrollment.studentName()).isEqualTo("Андрій Шевченко");
            assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ENROLLED);
            assertThat(enrollment.registration().employer()).isEqualTo(romashka);
            assertThat(crm.rosters().roster(manager, group)).extracting(EnrollmentCard::id).containsExactly(seat);

            // the upgraded schema takes new data as well
            ClientId added = crm.clients().register(manager, ClientForm.organisation("Новий клієнт 新客户"));
            assertThat(crm.clients().card(manager, added).profile().shortName()).isEqualTo("Новий клієнт 新客户");

            List<AppliedChangeSet> after;
            try (Connection connection = db.dataSource().getConnection()) {
                after = LegacyArchive.appliedChangeSets(connection);
            }
            assertThat(after).containsAll(before);
            List<String> oldIds = before.stream().map(AppliedChangeSet::id).toList();
            assertThat(after).filteredOn(row -> oldIds.contains(row.id())).hasSameSizeAs(before);
        }
    }

    private static UUID uuid(Properties ids, String key) {
        String value = ids.getProperty(key);
        assertThat(value).as(key + " in legacy.properties").isNotNull();
        return UUID.fromString(value);
    }
}

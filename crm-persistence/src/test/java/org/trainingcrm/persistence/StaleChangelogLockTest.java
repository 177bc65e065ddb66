package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;

/**
 * A process killed while Liquibase migrates leaves the changelog lock taken; the next open must
 * not wait for a holder that is gone (Liquibase alone waits five minutes, then fails).
 */
class StaleChangelogLockTest {

    private static final Duration OPEN_WITHIN = Duration.ofSeconds(60);

    private final TestClock clock = TestClock.at("2026-09-01T09:00:00Z");

    @Test
    void an_embedded_database_opens_after_its_migrating_process_was_killed(@TempDir Path folder) throws Exception {
        Path database = folder.resolve("crm");
        killWhileMigrating("derby", database.toString());
        assertThat(KilledWhileMigrating.lockTaken("jdbc:derby:" + database.toAbsolutePath()))
                .as("the dead process's changelog lock").isTrue();

        opensAndStores(() -> CrmDatabase.embedded(database), "jdbc:derby:" + database.toAbsolutePath());
    }

    @Test
    void a_postgresql_database_opens_after_its_migrating_process_was_killed() throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.PG_URL_VARIABLE + " is not set");
        String url = TestDatabases.freshPostgresSchema(TestDatabases.postgresUrl().orElseThrow());
        killWhileMigrating("url", url);
        assertThat(KilledWhileMigrating.lockTaken(url)).as("the dead process's changelog lock").isTrue();

        opensAndStores(() -> CrmDatabase.connect(url, null, null), url);
    }

    private static void killWhileMigrating(String kind, String where) throws Exception {
        try (ChildJvm child = ChildJvm.start(KilledWhileMigrating.class, kind, where)) {
            child.awaitLine(KilledWhileMigrating.KILLED, Duration.ofSeconds(90));
            assertThat(child.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
        }
    }

    private void opensAndStores(Supplier<CrmDatabase> open, String url) {
        assertTimeoutPreemptively(OPEN_WITHIN, () -> {
            try (CrmDatabase db = open.get()) {
                Crm crm = Crm.on(db, clock);
                Centre centre = Centre.open(crm);
                ClientId id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Після збою"));
                assertThat(crm.clients().card(centre.kyivManager, id).profile().shortName()).isEqualTo("Після збою");
                assertThat(KilledWhileMigrating.lockTaken(url)).as("the changelog lock after the migration").isFalse();
            }
        });
    }
}

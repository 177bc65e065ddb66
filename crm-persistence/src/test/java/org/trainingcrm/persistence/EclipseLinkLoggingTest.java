package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.persistence.jpa.Slf4jSessionLog;

/**
 * EclipseLink logs through SLF4J only, and never the values a statement binds: a stale write and a
 * unique-constraint violation print nothing to standard output or error, and even with every level
 * on, the log holds no client name, login or display name.
 */
class EclipseLinkLoggingTest {

    private static final String STALE_NAME = "Версія Тараса Шевченка";
    private static final String LOGIN = "taras-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String DISPLAY_NAME = "Тарас Григорович";

    @Test
    void on_derby(@TempDir Path folder) {
        try (CrmDatabase db = CrmDatabase.embedded(folder.resolve("crm"))) {
            databaseErrorsReachNeitherTheConsoleNorTheLogWithTheirBoundValues(db);
        }
    }

    @Test
    void on_postgresql() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.PG_URL_VARIABLE + " is not set");
        String url = TestDatabases.freshPostgresSchema(TestDatabases.postgresUrl().orElseThrow());
        try (CrmDatabase db = CrmDatabase.connect(url, null, null)) {
            databaseErrorsReachNeitherTheConsoleNorTheLogWithTheirBoundValues(db);
        }
    }

    private static void databaseErrorsReachNeitherTheConsoleNorTheLogWithTheirBoundValues(CrmDatabase db) {
        assertThat(db.unwrap(Server.class).getSessionLog()).as("the unit's log").isInstanceOf(Slf4jSessionLog.class)
                .satisfies(unitLog -> assertThat(unitLog.shouldDisplayData()).isFalse());
        CapturingSessionLog log = new CapturingSessionLog();
        db.unwrap(Server.class).setSessionLog(log);
        AtomicReference<Runnable> beforeAudit = new AtomicReference<>();
        Crm crm = Crm.on(new StoreDecorator(db) {
            @Override
            public AuditLog auditLog() {
                return new InterferingAuditLog(db.auditLog(), beforeAudit);
            }
        }, TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(crm);
        ClientId client = crm.clients().register(centre.kyivManager, ClientForm.organisation("Перший клієнт"));

        String console = console(() -> {
            // another writer commits between this revision's read and its write
            beforeAudit.set(() -> update(db, "UPDATE client SET version = version + 1 WHERE id = ?", client.toString()));
            assertThatThrownBy(() -> crm.clients().revise(centre.kyivManager, client, 1,
                    ClientForm.organisation(STALE_NAME))).isInstanceOf(ConcurrentChange.class);
            // another writer takes the login between this use case's check and its insert
            beforeAudit.set(() -> update(db, "INSERT INTO crm_user (id, login, display_name, branch_id, version)"
                    + " VALUES ('" + UUID.randomUUID() + "', ?, 'someone else', '" + centre.kyiv + "', 1)", LOGIN));
            assertThatThrownBy(() -> crm.staff().addUser(centre.administrator, LOGIN, DISPLAY_NAME, centre.kyiv,
                    Set.of(Role.MANAGER))).isInstanceOf(RuntimeException.class);
        });

        assertThat(console).as("standard output and error").isEmpty();
        assertThat(log.lines).as("the log at every level").isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("UPDATE client"))
                .anySatisfy(line -> assertThat(line).contains("INSERT INTO crm_user"))
                .allSatisfy(line -> assertThat(line).doesNotContain(STALE_NAME, STALE_NAME.toLowerCase(),
                        LOGIN, DISPLAY_NAME));
    }

    private static void update(CrmDatabase db, String sql, String value) {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the work printed to System.out and System.err, from any thread. */
    private static String console(Runnable work) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Runs the interference set for the next audited use case, once, then records as usual. */
    private record InterferingAuditLog(AuditLog log, AtomicReference<Runnable> next) implements AuditLog {
        @Override
        public void record(AuditEntry entry) {
            Runnable interference = next.getAndSet(null);
            if (interference != null) {
                interference.run();
            }
            log.record(entry);
        }

        @Override
        public List<AuditEntry> about(String entityType, String entityId) {
            return log.about(entityType, entityId);
        }
    }
}

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/**
 * The database drops the connection in the middle of a use case (server restart, network cut,
 * idle kill): the use case fails with a typed {@link StoreUnavailable}, and the thread's next use
 * cases run on a fresh unit of work and really store their rows, read back over a connection of
 * their own; the failed use case, tried again, succeeds. On PostgreSQL a second connection ends
 * the use case's backend with {@code pg_terminate_backend}; on Derby the connection is aborted.
 */
class LostConnectionTest {

    /** Each store, the connection dying before a statement of the work and before its commit. */
    static Stream<Arguments> killers() {
        Stream<Arguments> derby = Stream.of(true, false).map(inWork -> Arguments.of(
                new DerbyAbort("jdbc:derby:memory:lost-" + UUID.randomUUID()), inWork));
        Stream<Arguments> postgres = TestDatabases.postgresUrl().stream().flatMap(url -> Stream.of(true, false)
                .map(inWork -> Arguments.of(new PostgresTermination(url), inWork)));
        return Stream.concat(derby, postgres);
    }

    @ParameterizedTest(name = "{0}, failing in the work: {1}")
    @MethodSource("killers")
    void a_use_case_whose_connection_dies_fails_typed_and_leaves_the_thread_a_working_store(Killer killer,
            boolean inWork) throws Exception {
        CrmDatabase db = CrmDatabase.connect(killer.storeUrl(), null, null);
        try {
            AtomicBoolean armed = new AtomicBoolean();
            JpaTransactions transactions = (JpaTransactions) db.transactions();
            Crm crm = Crm.on(new StoreDecorator(db) {
                @Override
                public AuditLog auditLog() {
                    return new KillingAuditLog(db.auditLog(), () -> {
                        if (armed.get()) {
                            // the use case's rows are sent, its transaction open on the connection that dies
                            EntityManager em = transactions.entityManager();
                            em.flush();
                            killer.kill(em);
                        }
                    }, () -> {
                        if (armed.getAndSet(false) && inWork) {
                            // the work's next statement, its audit entry, meets the dead connection
                            transactions.entityManager().flush();
                        }
                    });
                }
            }, TestClock.at("2026-09-01T09:00:00Z"));
            Centre centre = Centre.open(crm);
            String lostName = "Втрачений " + centre.tag;
            ClientForm lost = ClientForm.organisation(lostName);

            armed.set(true);
            assertThatThrownBy(() -> crm.clients().register(centre.kyivManager, lost))
                    .isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreUnavailable.Kind.LOST_CONNECTION);
                        assertThat(e.retryMayHelp()).isTrue();
                    });
            assertThat(storedByName(killer, lostName)).isZero();

            ClientId first = crm.clients().register(centre.kyivManager, ClientForm.organisation("Після " + centre.tag));
            ClientId second = crm.clients().register(centre.kyivManager, ClientForm.organisation("Ще " + centre.tag));
            ClientId retried = crm.clients().register(centre.kyivManager, lost);

            assertThat(storedById(killer, List.of(first, second, retried))).isEqualTo(3);
            assertThat(storedByName(killer, lostName)).isOne();
            assertThat(crm.audit().of(centre.administrator, "client", retried)).hasSize(1);
        } finally {
            db.close();
            killer.cleanUp();
        }
    }

    private static int storedById(Killer killer, List<ClientId> ids) throws SQLException {
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        try (Connection fresh = killer.freshConnection();
                PreparedStatement count = fresh.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                count.setString(i + 1, ids.get(i).toString());
            }
            return single(count);
        }
    }

    private static int storedByName(Killer killer, String name) throws SQLException {
        try (Connection fresh = killer.freshConnection();
                PreparedStatement count = fresh.prepareStatement("SELECT COUNT(*) FROM client WHERE short_name = ?")) {
            count.setString(1, name);
            return single(count);
        }
    }

    private static int single(PreparedStatement count) throws SQLException {
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Ends the connection a unit of work runs on, from outside it. */
    interface Killer {
        String storeUrl();

        void kill(EntityManager em);

        Connection freshConnection() throws SQLException;

        void cleanUp();
    }

    /** Aborts the embedded Derby connection under the pool's proxy: the next statement finds it closed. */
    record DerbyAbort(String url) implements Killer {
        @Override
        public String storeUrl() {
            return url + ";create=true";
        }

        @Override
        public void kill(EntityManager em) {
            try {
                Connection physical = em.unwrap(Connection.class).unwrap(Connection.class);
                physical.abort(Runnable::run);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot abort the Derby connection", e);
            }
        }

        @Override
        public Connection freshConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void cleanUp() {
            try {
                DriverManager.getConnection(url + ";drop=true").close();
            } catch (SQLException expected) {
                // Derby reports a dropped in-memory database as an exception (08006)
            }
        }

        @Override
        public String toString() {
            return "Derby, connection aborted";
        }
    }

    /** Ends the use case's PostgreSQL backend from a second connection, as a restart or an idle kill would. */
    static final class PostgresTermination implements Killer {
        private final String adminUrl;
        private final String schema = "crm_lost_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        PostgresTermination(String adminUrl) {
            this.adminUrl = adminUrl;
            execute("CREATE SCHEMA " + schema);
        }

        @Override
        public String storeUrl() {
            return adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        public void kill(EntityManager em) {
            int pid = ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue();
            try (Connection second = DriverManager.getConnection(adminUrl);
                    PreparedStatement terminate = second.prepareStatement("SELECT pg_terminate_backend(?)");
                    PreparedStatement alive = second.prepareStatement(
                            "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?")) {
                terminate.setInt(1, pid);
                terminate.executeQuery().close();
                alive.setInt(1, pid);
                for (int tries = 0; tries < 100 && single(alive) > 0; tries++) {
                    Thread.sleep(50);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException("cannot terminate backend " + pid, e);
            }
        }

        @Override
        public Connection freshConnection() throws SQLException {
            return DriverManager.getConnection(storeUrl());
        }

        @Override
        public void cleanUp() {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl)) {
                connection.createStatement().execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed", e);
            }
        }

        @Override
        public String toString() {
            return "PostgreSQL, pg_terminate_backend";
        }
    }

    /** Runs the kill at the use case's audit entry, after its rows and before its commit. */
    private record KillingAuditLog(AuditLog log, Runnable beforeRecord, Runnable afterRecord) implements AuditLog {
        @Override
        public void record(AuditEntry entry) {
            beforeRecord.run();
            log.record(entry);
            afterRecord.run();
        }

        @Override
        public List<AuditEntry> about(String entityType, String entityId) {
            return log.about(entityType, entityId);
        }
    }
}

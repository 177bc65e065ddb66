package org.trainingcrm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.bulk.BulkLoadReport;
import org.trainingcrm.persistence.CrmDatabase;

/**
 * Loading clients with contacts and managers into an embedded Derby file database: the CRM's
 * bulk load use case against raw JDBC batches of the same rows. Scores are microseconds a client.
 *
 * <p>Single-shot invocations of a fixed size, so both sides write the same number of rows into a
 * database that grows the same way; each fork starts from a fresh database. {@link BulkLoadRatio}
 * runs two forks a side in the order crm, raw, raw, crm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(BulkLoadBenchmark.CLIENTS)
// 2 to 5 ms a client here, mostly Derby: 8 invocations a fork keep four forks within about 3 minutes
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dliquibase.command.showSummaryOutput=log"})
public class BulkLoadBenchmark {

    /** Clients per invocation. */
    static final int CLIENTS = 1_000;
    /** Clients per committed batch. */
    static final int BATCH_SIZE = 500;

    private static final long SEED = 20_240_601L;

    private Path folder;
    private CrmDatabase database;
    private Crm crm;
    private Actor administrator;
    private BranchId branch;
    private ClientRows rows;
    private RawJdbcLoad raw;

    @Setup(Level.Trial)
    public void openCentre() throws IOException {
        folder = Files.createTempDirectory("crm-bench");
        database = CrmDatabase.embedded(folder.resolve("crm"));
        crm = Crm.on(database, Clock.systemUTC());
        Actor founder = new Actor(UserId.newId(), Set.of(Role.ADMINISTRATOR), BranchId.newId(), Locale.ROOT);
        branch = crm.staff().openBranch(founder, "Головной офис", ClientRows.REGION, true);
        UserId admin = crm.staff().addUser(founder, "admin", "Анна Администратор", branch,
                Set.of(Role.ADMINISTRATOR));
        UserId manager = crm.staff().addUser(founder, "manager", "Мария Менеджер", branch, Set.of(Role.MANAGER));
        administrator = crm.staff().actorFor(admin, Locale.forLanguageTag("ru"));
        rows = rows(branch, manager);
        raw = new RawJdbcLoad(database.dataSource());
    }

    @Benchmark
    public BulkLoadReport crmBulkLoad() {
        return crm.bulkLoad().load(administrator, branch, rows.forms(), BATCH_SIZE);
    }

    @Benchmark
    public int rawJdbc() throws SQLException {
        return raw.insert(rows.prepared(), BATCH_SIZE);
    }

    @TearDown(Level.Trial)
    public void closeCentre() throws IOException, SQLException {
        // both sides should have written the same rows per client; printed so a reader can check
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            long clients = count(statement, "client");
            System.out.printf(Locale.ROOT, "%nwritten per client: %.2f name suffixes, %.2f people, %.2f contacts,"
                    + " %.2f assignments (%d clients, %d audit entries)%n",
                    count(statement, "client_name_suffix") / (double) clients,
                    count(statement, "person") / (double) clients,
                    count(statement, "client_contact") / (double) clients,
                    count(statement, "manager_assignment") / (double) clients, clients,
                    count(statement, "audit_entry"));
        } finally {
            database.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The rows every invocation loads, the same in every fork. */
    static ClientRows rows(BranchId branch, UserId manager) {
        return ClientRows.generate(CLIENTS, SEED, branch, manager);
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}

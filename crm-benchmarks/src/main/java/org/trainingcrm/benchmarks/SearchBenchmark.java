package org.trainingcrm.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.trainingcrm.domain.client.ClientCriteria;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.NameMatch;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.persistence.client.JpaClients;
import org.trainingcrm.persistence.jpa.NativeSearch;

/**
 * The first page (50, Russian order) of a broad client search on {@link SearchDatabase#CLIENTS}
 * clients: the CRM's search use case against the very SQL it sends (count, then the page with
 * ORDER BY sort key, id OFFSET/FETCH), run straight over JDBC on one open connection. Scores
 * are milliseconds a search, sampled, so {@link SearchRatio} can compare medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dderby.system.durability=test",
        "-Dderby.storage.pageCacheSize=20000", "-Dliquibase.command.showSummaryOutput=log"})
public class SearchBenchmark {

    static final int PAGE = 50;

    /** Which broad search: a common word in the name, an industry, the beginning of a position. */
    @Param({"nameContains", "industry", "positionStartsWith"})
    public String search;

    private SearchDatabase db;
    private ClientQuery query;
    private String countSql;
    private String pageSql;
    private List<Object> parameters;
    private Connection connection;

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        db = SearchDatabase.open(Path.of(System.getProperty("crm.bench.searchDb", "target/search-db/crm")));
        ClientCriteria criteria;
        switch (search) {
            case "nameContains" -> {
                query = ClientQuery.all().nameContains("трейд");
                criteria = criteria(Optional.of(SearchKey.of("трейд")), NameMatch.CONTAINS, Optional.empty(),
                        Optional.empty());
            }
            case "industry" -> {
                query = ClientQuery.all().inIndustry(db.industry);
                criteria = criteria(Optional.empty(), NameMatch.PREFIX, Optional.of(db.industry), Optional.empty());
            }
            case "positionStartsWith" -> {
                query = ClientQuery.all().withContactPosition("главный");
                criteria = criteria(Optional.empty(), NameMatch.PREFIX, Optional.empty(),
                        Optional.of(SearchKey.of("главный")));
            }
            default -> throw new IllegalArgumentException("no search " + search);
        }
        query = query.page(0, PAGE);
        NativeSearch sql = JpaClients.search(criteria);
        countSql = sql.countSql();
        pageSql = sql.pageSql(JpaClients.orderBy(SortLocale.RUSSIAN));
        parameters = sql.parameters();
        connection = db.database.dataSource().getConnection();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        checkBothAgree();
    }

    @Benchmark
    public Page<ClientListing> crm() {
        return db.crm.search().find(db.administrator, query);
    }

    @Benchmark
    public Page<ClientListing> sql() throws SQLException {
        long total;
        try (PreparedStatement count = bound(countSql, parameters); ResultSet result = count.executeQuery()) {
            result.next();
            total = result.getLong(1);
        }
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(0L);
        pageParameters.add(PAGE);
        List<ClientListing> items = new ArrayList<>(PAGE);
        try (PreparedStatement page = bound(pageSql, pageParameters); ResultSet rows = page.executeQuery()) {
            while (rows.next()) {
                Object[] row = new Object[7];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getObject(i + 1);
                }
                items.add(JpaClients.listing(row));
            }
        }
        connection.commit();
        return new Page<>(items, 0, PAGE, total);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        db.close();
    }

    /** The administrator sees every branch: the CRM adds no condition the SQL here lacks. */
    private static ClientCriteria criteria(Optional<String> name, NameMatch match,
            Optional<org.trainingcrm.domain.client.IndustryId> industry, Optional<String> position) {
        return new ClientCriteria(BranchScope.all(), name, match, industry, position, Optional.empty(),
                Optional.empty());
    }

    private void checkBothAgree() throws SQLException {
        Page<ClientListing> crm = crm();
        Page<ClientListing> sql = sql();
        if (!crm.equals(sql) || crm.items().size() != PAGE) {
            throw new IllegalStateException("the CRM and the SQL disagree on " + search + ": " + crm.total()
                    + " and " + sql.total() + " matches");
        }
        System.out.printf("%n%s: %,d matches, first %s%n", search, crm.total(), crm.items().get(0).shortName());
    }

    private PreparedStatement bound(String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}

package org.trainingcrm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.IndustryEntry;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.persistence.CrmDatabase;

/**
 * The embedded Derby database the search benchmark reads: {@link #CLIENTS} clients of one head
 * office (about 1.5 contacts each), every client in one of eight industries. Built once into a
 * folder and reused by every later fork and run, since writing it takes minutes; a marker file
 * beside the folder says the build finished.
 */
final class SearchDatabase implements AutoCloseable {

    static final int CLIENTS = 100_000;
    static final String ADMIN = "search-admin";
    /** The industry searched for: one in eight clients. */
    static final String SEARCHED_INDUSTRY = "Образование";

    private static final List<String> INDUSTRIES = List.of("Банки", "Образование", "Розничная торговля",
            "Строительство", "Информационные технологии", "Логистика", "Медицина", "Производство");
    private static final long SEED = 20_250_301L;
    private static final int BATCH = 5_000;

    final CrmDatabase database;
    final Crm crm;
    final Actor administrator;
    final IndustryId industry;

    private SearchDatabase(CrmDatabase database, Crm crm, Actor administrator, IndustryId industry) {
        this.database = database;
        this.crm = crm;
        this.administrator = administrator;
        this.industry = industry;
    }

    /** Opens the database in the folder, building it first when it is missing or short. */
    static SearchDatabase open(Path folder) throws SQLException, IOException {
        Path built = folder.resolveSibling(folder.getFileName() + ".built");
        if (!Files.exists(built) && Files.exists(folder)) {
            // a build that did not finish: start again
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        CrmDatabase database = CrmDatabase.embedded(folder);
        Crm crm = Crm.on(database, Clock.systemUTC());
        if (!Files.exists(built)) {
            build(database, crm);
            Files.writeString(built, CLIENTS + " clients\n");
        }
        Actor administrator = crm.staff().actorForLogin(ADMIN, Locale.forLanguageTag("ru"));
        IndustryId industry = crm.industries().list(administrator).stream()
                .filter(i -> i.name().equals(SEARCHED_INDUSTRY)).map(IndustryEntry::id).findFirst().orElseThrow();
        return new SearchDatabase(database, crm, administrator, industry);
    }

    private static void build(CrmDatabase database, Crm crm) throws SQLException {
        long started = System.nanoTime();
        Actor founder = new Actor(UserId.newId(), Set.of(Role.ADMINISTRATOR), BranchId.newId(), Locale.ROOT);
        BranchId branch = crm.staff().openBranch(founder, "Головной офис", ClientRows.REGION, true);
        UserId admin = crm.staff().addUser(founder, ADMIN, "Анна Администратор", branch, Set.of(Role.ADMINISTRATOR));
        UserId manager = crm.staff().addUser(founder, "search-manager", "Мария Менеджер", branch,
                Set.of(Role.MANAGER));
        Actor administrator = crm.staff().actorFor(admin, Locale.forLanguageTag("ru"));
        List<IndustryId> industries = INDUSTRIES.stream().map(name -> crm.industries().define(administrator, name))
                .toList();
        ClientRows rows = ClientRows.generate(CLIENTS, SEED, branch, manager);
        new RawJdbcLoad(database.dataSource()).insert(rows.prepared(), BATCH);
        assignIndustries(database, industries);
        System.out.printf(Locale.ROOT, "%nbuilt the search database: %,d clients in %.0f s%n",
                count(database, "client"), (System.nanoTime() - started) / 1e9);
    }

    /** Each client in one industry, by the last hex digit of its id: two digits an industry. */
    private static void assignIndustries(CrmDatabase database, List<IndustryId> industries) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE client SET industry_id = ? WHERE id LIKE ?")) {
            String digits = "0123456789abcdef";
            for (int i = 0; i < digits.length(); i++) {
                update.setString(1, industries.get(i / 2).toString());
                update.setString(2, "%" + digits.charAt(i));
                update.executeUpdate();
            }
        }
    }

    static long count(CrmDatabase database, String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

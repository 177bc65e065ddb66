package org.trainingcrm.analytics.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Puts branches, managers, industries, clients and assignments into a test database by plain
 * JDBC, the way the report will find them; each method answers the new row's id.
 */
public final class ClientBase {

    private static final Timestamp SINCE = Timestamp.valueOf("2024-01-15 09:00:00");
    private static final Timestamp UNTIL = Timestamp.valueOf("2024-06-30 18:00:00");

    private final DataSource dataSource;

    private ClientBase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A client base writing into the given database. */
    public static ClientBase in(DataSource dataSource) {
        return new ClientBase(dataSource);
    }

    /** Adds a branch. */
    public String branch(String name) {
        return insert("INSERT INTO branch (id, name, region, head_office, version) VALUES (?, ?, 'RU', ?, 0)",
                name, false);
    }

    /** Adds a user of the branch who can be a responsible manager. */
    public String manager(String displayName, String branch) {
        String login = "m" + UUID.randomUUID().toString().substring(0, 8);
        return insert("INSERT INTO crm_user (id, display_name, login, branch_id, version) VALUES (?, ?, ?, ?, 0)",
                displayName, login, branch);
    }

    /** Adds an industry. */
    public String industry(String name) {
        return insert("INSERT INTO industry (id, name, name_key, version) VALUES (?, ?, ?, 0)",
                name, name.toLowerCase(Locale.ROOT));
    }

    /** Adds a company client of the branch, with or without an industry. */
    public String client(String shortName, String branch, Optional<String> industry) {
        return insert("INSERT INTO client (id, short_name, name_key, branch_id, kind, industry_id, registered_at, version)"
                        + " VALUES (?, ?, ?, ?, 'COMPANY', ?, ?, 0)",
                shortName, shortName.toLowerCase(Locale.ROOT), branch, industry, SINCE);
    }

    /** Makes the manager responsible for the client's service line, from now on. */
    public String assign(String client, String serviceLine, String manager) {
        return insert("INSERT INTO manager_assignment (id, client_id, service_line, manager_id, started_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 0)",
                client, serviceLine, manager, SINCE);
    }

    /** Records that the manager was responsible for the client's service line once, but no more. */
    public String assignedUntilRecently(String client, String serviceLine, String manager) {
        return insert("INSERT INTO manager_assignment (id, client_id, service_line, manager_id, started_at, ended_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0)",
                client, serviceLine, manager, SINCE, UNTIL);
    }

    private String insert(String sql, Object... values) {
        String id = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            for (int i = 0; i < values.length; i++) {
                bind(statement, i + 2, values[i]);
            }
            statement.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                statement.setNull(index, Types.CHAR);
                return;
            }
            bind(statement, index, optional.get());
        } else if (value instanceof Timestamp timestamp) {
            statement.setTimestamp(index, timestamp);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setString(index, (String) value);
        }
    }
}

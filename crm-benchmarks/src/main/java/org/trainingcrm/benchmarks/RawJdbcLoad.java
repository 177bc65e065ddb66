package org.trainingcrm.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.benchmarks.PreparedRows.PreparedClient;
import org.trainingcrm.benchmarks.PreparedRows.PreparedContact;
import org.trainingcrm.benchmarks.PreparedRows.PreparedManager;
import org.trainingcrm.domain.kernel.Ids;

/**
 * The baseline: the rows the CRM writes, into the same tables and columns, with plain JDBC
 * batches, one prepared statement per table and a commit per batch.
 *
 * <p>Each batch runs on a connection of its own. On embedded Derby that is the faster choice, so
 * the stricter baseline: a connection kept open across commits keeps the lock tables its first
 * big transaction grew, and Derby then clears that large table after every statement (measured
 * here as about 20% more CPU per client).
 */
final class RawJdbcLoad {

    private static final String SORT_COLUMNS = ", name_sort_root, name_sort_ru, name_sort_uk, name_sort_es,"
            + " name_sort_zh";
    private static final String SORT_VALUES = ", ?, ?, ?, ?, ?";
    private static final String PERSON = "INSERT INTO person (id, full_name, name_key, phone, email, version"
            + SORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?" + SORT_VALUES + ")";
    private static final String CLIENT = "INSERT INTO client (id, branch_id, kind, short_name, full_name,"
            + " name_key, address, tax_country, tax_id, phone, fax, email, website, industry_id, registered_at,"
            + " version" + SORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + SORT_VALUES + ")";
    private static final String SUFFIX = "INSERT INTO client_name_suffix (client_id, suffix) VALUES (?, ?)";
    private static final String CONTACT = "INSERT INTO client_contact (client_id, person_id, position,"
            + " position_key, phone, email, notes) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String ASSIGNMENT = "INSERT INTO manager_assignment (id, client_id, service_line,"
            + " manager_id, started_at, version) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    RawJdbcLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the rows under new ids, committing every {@code batchSize} clients; the number of clients. */
    int insert(PreparedRows rows, int batchSize) throws SQLException {
        List<PreparedClient> clients = rows.clients();
        for (int from = 0; from < clients.size(); from += batchSize) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Batch batch = new Batch(connection)) {
                    Timestamp now = Timestamp.from(Instant.now());
                    for (PreparedClient c : clients.subList(from, Math.min(from + batchSize, clients.size()))) {
                        batch.add(c, rows.branch(), now);
                    }
                    batch.execute();
                }
                connection.commit();
            }
        }
        return clients.size();
    }

    /** The statements of one batch. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement person;
        private final PreparedStatement client;
        private final PreparedStatement suffix;
        private final PreparedStatement contact;
        private final PreparedStatement assignment;

        Batch(Connection connection) throws SQLException {
            person = connection.prepareStatement(PERSON);
            client = connection.prepareStatement(CLIENT);
            suffix = connection.prepareStatement(SUFFIX);
            contact = connection.prepareStatement(CONTACT);
            assignment = connection.prepareStatement(ASSIGNMENT);
        }

        void add(PreparedClient c, String branch, Timestamp now) throws SQLException {
            // ids are made here, as the CRM makes them while loading: a row loaded twice is two rows
            String id = Ids.timeOrdered().toString();
            client.setString(1, id);
            client.setString(2, branch);
            client.setString(3, c.kind());
            client.setString(4, c.shortName());
            text(client, 5, c.fullName());
            client.setString(6, c.nameKey());
            text(client, 7, c.address());
            text(client, 8, c.taxCountry());
            text(client, 9, c.taxId());
            text(client, 10, c.phone());
            text(client, 11, c.fax());
            text(client, 12, c.email());
            text(client, 13, c.website());
            text(client, 14, null);
            client.setTimestamp(15, now);
            client.setLong(16, 1);
            sortKeys(client, 17, c.nameSort());
            client.addBatch();
            for (String s : c.nameSuffixes()) {
                suffix.setString(1, id);
                suffix.setString(2, s);
                suffix.addBatch();
            }
            for (PreparedContact k : c.contacts()) {
                String personId = Ids.timeOrdered().toString();
                person.setString(1, personId);
                person.setString(2, k.fullName());
                person.setString(3, k.nameKey());
                text(person, 4, k.personPhone());
                text(person, 5, k.personEmail());
                person.setLong(6, 1);
                sortKeys(person, 7, k.nameSort());
                person.addBatch();
                contact.setString(1, id);
                contact.setString(2, personId);
                text(contact, 3, k.position());
                text(contact, 4, k.positionKey());
                text(contact, 5, k.phone());
                text(contact, 6, k.email());
                text(contact, 7, k.notes());
                contact.addBatch();
            }
            for (PreparedManager m : c.managers()) {
                assignment.setString(1, Ids.timeOrdered().toString());
                assignment.setString(2, id);
                assignment.setString(3, m.serviceLine());
                assignment.setString(4, m.manager());
                assignment.setTimestamp(5, now);
                assignment.setLong(6, 1);
                assignment.addBatch();
            }
        }

        private static void sortKeys(PreparedStatement statement, int first, SortKeys keys) throws SQLException {
            int parameter = first;
            for (SortLocale order : SortLocale.values()) {
                statement.setBytes(parameter++, keys.key(order));
            }
        }

        void execute() throws SQLException {
            // parents first, as the foreign keys want
            person.executeBatch();
            client.executeBatch();
            suffix.executeBatch();
            contact.executeBatch();
            assignment.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try (person; client; suffix; contact; assignment) {
                // closes every statement, even when one fails to close
            }
        }

        private static void text(PreparedStatement statement, int index, String value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, value);
            }
        }
    }
}

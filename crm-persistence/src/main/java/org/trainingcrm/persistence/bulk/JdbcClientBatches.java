package org.trainingcrm.persistence.bulk;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.trainingcrm.domain.assignment.ManagerAssignment;
import org.trainingcrm.domain.bulk.ClientBatch;
import org.trainingcrm.domain.bulk.ClientBatches;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.Contact;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/**
 * Writes new clients, people and assignments with JDBC batches on the connection of the
 * current unit of work, so they commit with it.
 *
 * <p>Why not {@code persist}: EclipseLink's unit of work clones, change-tracks and orders every
 * new object at commit and reaches about 0.3 of raw JDBC batches on Derby; new rows need none
 * of that. One prepared statement per table, reused across the whole batch, closes the gap
 * (crm-benchmarks measures it against raw JDBC: {@code mvn -Pbench}).
 */
public final class JdbcClientBatches implements ClientBatches {

    private static final long FIRST_VERSION = 1;
    private static final String SORT_COLUMNS = Arrays.stream(SortLocale.values())
            .map(order -> "name_sort_" + order.column()).collect(Collectors.joining(", "));
    private static final String SORT_VALUES = Arrays.stream(SortLocale.values()).map(order -> "?")
            .collect(Collectors.joining(", "));

    private final JpaTransactions transactions;
    private volatile StoredClient storedClient;

    public JdbcClientBatches(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void write(ClientBatch batch) {
        EntityManager em = transactions.entityManager();
        Connection connection = em.unwrap(Connection.class);
        try {
            writePeople(connection, batch);
            writeClients(connection, batch, storedClient(em));
            writeAssignments(connection, batch);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk write of " + batch.clients().size() + " clients failed", e);
        }
    }

    private static void writePeople(Connection connection, ClientBatch batch) throws SQLException {
        try (PreparedStatement person = connection.prepareStatement(
                "INSERT INTO person (id, full_name, name_key, phone, email, version, " + SORT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, " + SORT_VALUES + ")")) {
            for (Person p : batch.people()) {
                person.setString(1, p.id().toString());
                person.setString(2, p.fullName());
                person.setString(3, p.nameKey());
                setText(person, 4, p.phone());
                setText(person, 5, p.email());
                person.setLong(6, FIRST_VERSION);
                setSortKeys(person, 7, p.nameSort());
                person.addBatch();
            }
            person.executeBatch();
        }
    }

    private StoredClient storedClient(EntityManager em) {
        StoredClient stored = storedClient;
        if (stored == null) {
            // the mapping is fixed once the factory is up; two threads making it at once make equal ones
            stored = new StoredClient(em.unwrap(JpaEntityManager.class).getServerSession()
                    .getClassDescriptor(Client.class));
            storedClient = stored;
        }
        return stored;
    }

    private static void writeClients(Connection connection, ClientBatch batch, StoredClient stored)
            throws SQLException {
        try (PreparedStatement client = connection.prepareStatement("INSERT INTO client (id, branch_id, kind,"
                + " short_name, full_name, name_key, address, tax_country, tax_id, phone, fax, email, website,"
                + " industry_id, registered_at, version, " + SORT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + SORT_VALUES + ")");
                PreparedStatement suffix = connection.prepareStatement(
                        "INSERT INTO client_name_suffix (client_id, suffix) VALUES (?, ?)");
                PreparedStatement contact = connection.prepareStatement("INSERT INTO client_contact (client_id,"
                        + " person_id, position, position_key, phone, email, notes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Client c : batch.clients()) {
                String id = c.id().toString();
                client.setString(1, id);
                client.setString(2, c.branch().toString());
                client.setString(3, c.kind().name());
                client.setString(4, c.shortName());
                setText(client, 5, stored.text(stored.fullName, c));
                client.setString(6, c.nameKey());
                setText(client, 7, stored.text(stored.address, c));
                Country taxCountry = (Country) stored.taxCountry.getAttributeValueFromObject(c);
                setText(client, 8, taxCountry == null ? null : taxCountry.code());
                setText(client, 9, stored.text(stored.taxId, c));
                setText(client, 10, stored.text(stored.phone, c));
                setText(client, 11, stored.text(stored.fax, c));
                setText(client, 12, stored.text(stored.email, c));
                setText(client, 13, stored.text(stored.website, c));
                setText(client, 14, c.industry().map(Object::toString).orElse(null));
                client.setTimestamp(15, Timestamp.from(c.registeredAt()));
                client.setLong(16, FIRST_VERSION);
                setSortKeys(client, 17, c.nameSort());
                client.addBatch();
                for (String s : c.nameSuffixes()) {
                    suffix.setString(1, id);
                    suffix.setString(2, s);
                    suffix.addBatch();
                }
                for (Contact k : c.contacts()) {
                    contact.setString(1, id);
                    contact.setString(2, k.person().toString());
                    setText(contact, 3, k.position());
                    setText(contact, 4, k.positionKey());
                    setText(contact, 5, k.phone());
                    setText(contact, 6, k.email());
                    setText(contact, 7, k.notes());
                    contact.addBatch();
                }
            }
            client.executeBatch();
            suffix.executeBatch();
            contact.executeBatch();
        }
    }

    private static void writeAssignments(Connection connection, ClientBatch batch) throws SQLException {
        try (PreparedStatement assignment = connection.prepareStatement("INSERT INTO manager_assignment (id,"
                + " client_id, service_line, manager_id, started_at, version) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ManagerAssignment a : batch.assignments()) {
                assignment.setString(1, a.id().toString());
                assignment.setString(2, a.client().toString());
                assignment.setString(3, a.serviceLine().code());
                assignment.setString(4, a.manager().toString());
                assignment.setTimestamp(5, Timestamp.from(a.startedAt()));
                assignment.setLong(6, FIRST_VERSION);
                assignment.addBatch();
            }
            assignment.executeBatch();
        }
    }

    /**
     * Reads the stored form of a client's details as the O/R mapping does. {@code Client.profile()}
     * would give them too, but it rebuilds the phone, fax, e-mail and tax id value objects, so
     * every phone of every row would be parsed and checked by libphonenumber once more; the rows
     * were checked when the batch was made.
     */
    private static final class StoredClient {

        final DatabaseMapping fullName;
        final DatabaseMapping address;
        final DatabaseMapping taxCountry;
        final DatabaseMapping taxId;
        final DatabaseMapping phone;
        final DatabaseMapping fax;
        final DatabaseMapping email;
        final DatabaseMapping website;

        StoredClient(ClassDescriptor client) {
            fullName = mapping(client, "fullName");
            address = mapping(client, "address");
            taxCountry = mapping(client, "taxCountry");
            taxId = mapping(client, "taxId");
            phone = mapping(client, "phone");
            fax = mapping(client, "fax");
            email = mapping(client, "email");
            website = mapping(client, "website");
        }

        String text(DatabaseMapping mapping, Client client) {
            return (String) mapping.getAttributeValueFromObject(client);
        }

        private static DatabaseMapping mapping(ClassDescriptor descriptor, String attribute) {
            DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute);
            if (mapping == null) {
                throw new IllegalStateException("orm.xml maps no attribute " + attribute + " of "
                        + descriptor.getJavaClassName());
            }
            return mapping;
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The name's sort keys, one parameter per order from the given one on. */
    private static void setSortKeys(PreparedStatement statement, int first, SortKeys keys) throws SQLException {
        int parameter = first;
        for (SortLocale order : SortLocale.values()) {
            statement.setBytes(parameter++, keys.key(order));
        }
    }
}

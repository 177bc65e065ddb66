package org.trainingcrm.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.assignment.AssignmentPorts;
import org.trainingcrm.domain.attendance.AttendancePorts;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.bulk.BulkPorts;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.certificate.CertificatePorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.ical.ICalendarWriter;
import org.trainingcrm.persistence.access.JpaUsers;
import org.trainingcrm.persistence.assignment.JpaAssignments;
import org.trainingcrm.persistence.assignment.JpaReassignments;
import org.trainingcrm.persistence.attendance.JpaAttendanceMarks;
import org.trainingcrm.persistence.attendance.JpaGuestVisits;
import org.trainingcrm.persistence.audit.JpaAuditLog;
import org.trainingcrm.persistence.branch.JpaBranches;
import org.trainingcrm.persistence.bulk.JdbcClientBatches;
import org.trainingcrm.persistence.catalog.JpaCourseDocuments;
import org.trainingcrm.persistence.catalog.JpaCourses;
import org.trainingcrm.persistence.catalog.JpaDirections;
import org.trainingcrm.persistence.certificate.JpaCertificateNumbers;
import org.trainingcrm.persistence.certificate.JpaCertificates;
import org.trainingcrm.persistence.certificate.JpaGrades;
import org.trainingcrm.persistence.client.JpaClients;
import org.trainingcrm.persistence.client.JpaIndustries;
import org.trainingcrm.persistence.enrollment.JpaEnrollments;
import org.trainingcrm.persistence.enrollment.JpaNoticeOutbox;
import org.trainingcrm.persistence.enrollment.JpaPromotions;
import org.trainingcrm.persistence.enrollment.JpaStudentNotes;
import org.trainingcrm.persistence.enrollment.JpaWithdrawalReasons;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.people.JpaMedicalNotes;
import org.trainingcrm.persistence.people.JpaPeople;
import org.trainingcrm.persistence.people.JpaReferrals;
import org.trainingcrm.persistence.schedule.JpaBookingLocks;
import org.trainingcrm.persistence.schedule.JpaGroups;
import org.trainingcrm.persistence.schedule.JpaLessons;
import org.trainingcrm.persistence.schedule.JpaRooms;

/**
 * The CRM's store on a relational database: embedded Derby in a folder, or any database
 * EclipseLink supports by JDBC URL or DataSource. Opening it brings the schema up to date.
 *
 * <pre>{@code
 * try (CrmDatabase db = CrmDatabase.embedded(Path.of("crm-data"))) {
 *     Crm crm = Crm.on(db, Clock.systemUTC());
 * }
 * }</pre>
 */
public final class CrmDatabase implements CrmStore, AutoCloseable {

    private final DataSource dataSource;
    private final Runnable onClose;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaAuditLog auditLog;
    private final PortBundles bundles;

    private CrmDatabase(DataSource dataSource, Runnable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        SchemaMigration.apply(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        // a stale write reaches the caller as ConcurrentChange; logging it here too is noise
        properties.put("eclipselink.logging.exceptions", "false");
        // several CRM instances may share one database: read through, do not trust a shared cache
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "200");
        this.factory = Persistence.createEntityManagerFactory("training-crm", properties);
        this.transactions = new JpaTransactions(factory);
        this.auditLog = new JpaAuditLog(transactions);
        this.bundles = new PortBundles()
                .keep(BranchPorts.class, new BranchPorts(new JpaBranches(transactions)))
                .keep(AccessPorts.class, new AccessPorts(new JpaUsers(transactions)))
                .keep(ClientPorts.class, new ClientPorts(new JpaClients(transactions), new JpaIndustries(transactions)))
                .keep(PeoplePorts.class, new PeoplePorts(new JpaPeople(transactions), new JpaMedicalNotes(transactions),
                        new JpaReferrals(transactions)))
                .keep(AssignmentPorts.class, new AssignmentPorts(new JpaAssignments(transactions),
                        new JpaReassignments(transactions)))
                .keep(BulkPorts.class, new BulkPorts(new JdbcClientBatches(transactions)))
                .keep(CatalogPorts.class, new CatalogPorts(new JpaCourses(transactions),
                        new JpaCourseDocuments(transactions), new JpaDirections(transactions)))
                .keep(SchedulePorts.class, new SchedulePorts(new JpaRooms(transactions), new JpaGroups(transactions),
                        new JpaLessons(transactions), new JpaBookingLocks(transactions), new ICalendarWriter()))
                .keep(EnrollmentPorts.class, new EnrollmentPorts(new JpaEnrollments(transactions),
                        new JpaWithdrawalReasons(transactions), new JpaPromotions(transactions),
                        new JpaStudentNotes(transactions), new JpaNoticeOutbox(transactions)))
                .keep(AttendancePorts.class, new AttendancePorts(new JpaAttendanceMarks(transactions),
                        new JpaGuestVisits(transactions)))
                .keep(CertificatePorts.class, new CertificatePorts(new JpaGrades(transactions),
                        new JpaCertificates(transactions), new JpaCertificateNumbers(transactions, dataSource)));
    }

    /** Opens (creating on first use) an embedded Derby database in the folder. */
    public static CrmDatabase embedded(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder for " + absolute, e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            // Derby writes derby.log into the working directory unless told where
            System.setProperty("derby.stream.error.file", absolute + ".derby.log");
        }
        String url = "jdbc:derby:" + absolute;
        DataSource dataSource = new DriverManagerDataSource(url + ";create=true", null, null);
        return new CrmDatabase(dataSource, () -> shutDownDerby(url));
    }

    /** Opens the database at a JDBC URL; the driver must be on the class path. */
    public static CrmDatabase connect(String jdbcUrl, String user, String password) {
        return new CrmDatabase(new DriverManagerDataSource(jdbcUrl, user, password), () -> { });
    }

    /** Opens the database behind the host's DataSource (usually a connection pool). */
    public static CrmDatabase on(DataSource dataSource) {
        return new CrmDatabase(dataSource, () -> { });
    }

    /** The DataSource the CRM reads and writes through; analytics opens its SQL over it. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public <P> P ports(Class<P> bundle) {
        return bundles.get(bundle);
    }

    @Override
    public boolean keeps(Class<?> bundle) {
        return bundles.contains(bundle);
    }

    @Override
    public void close() {
        factory.close();
        onClose.run();
    }

    private static void shutDownDerby(String url) {
        try (Connection ignored = DriverManager.getConnection(url + ";shutdown=true")) {
            throw new IllegalStateException("Derby did not shut down " + url);
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of one database as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby failed to shut down " + url, expected);
            }
        }
    }
}

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
import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.access.Users;
import org.trainingcrm.domain.assignment.Assignments;
import org.trainingcrm.domain.assignment.Reassignments;
import org.trainingcrm.domain.audit.AuditLog;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.bulk.ClientBulkWriter;
import org.trainingcrm.domain.catalog.CourseDocuments;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.catalog.Directions;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.client.Industries;
import org.trainingcrm.domain.client.People;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.people.MedicalNotes;
import org.trainingcrm.domain.people.Referrals;
import org.trainingcrm.domain.schedule.BookingLocks;
import org.trainingcrm.domain.schedule.CalendarExport;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.Rooms;
import org.trainingcrm.persistence.ical.ICalendarWriter;
import org.trainingcrm.persistence.jpa.JdbcClientBulkWriter;
import org.trainingcrm.persistence.jpa.JpaAssignments;
import org.trainingcrm.persistence.jpa.JpaAuditLog;
import org.trainingcrm.persistence.jpa.JpaBookingLocks;
import org.trainingcrm.persistence.jpa.JpaBranches;
import org.trainingcrm.persistence.jpa.JpaClients;
import org.trainingcrm.persistence.jpa.JpaCourseDocuments;
import org.trainingcrm.persistence.jpa.JpaCourses;
import org.trainingcrm.persistence.jpa.JpaDirections;
import org.trainingcrm.persistence.jpa.JpaGroups;
import org.trainingcrm.persistence.jpa.JpaIndustries;
import org.trainingcrm.persistence.jpa.JpaMedicalNotes;
import org.trainingcrm.persistence.jpa.JpaPeople;
import org.trainingcrm.persistence.jpa.JpaReassignments;
import org.trainingcrm.persistence.jpa.JpaReferrals;
import org.trainingcrm.persistence.jpa.JpaLessons;
import org.trainingcrm.persistence.jpa.JpaPeople;
import org.trainingcrm.persistence.jpa.JpaReassignments;
import org.trainingcrm.persistence.jpa.JpaRooms;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaUsers;

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
public final class CrmDatabase implements CrmPorts, AutoCloseable {

    private final DataSource dataSource;
    private final Runnable onClose;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaAuditLog auditLog;
    private final JpaBranches branches;
    private final JpaUsers users;
    private final JpaIndustries industries;
    private final JpaPeople people;
    private final JpaClients clients;
    private final JpaAssignments assignments;
    private final JpaReassignments reassignments;
    private final JdbcClientBulkWriter bulkWriter;
    private final JpaMedicalNotes medicalNotes;
    private final JpaReferrals referrals;
    private final JpaDirections directions;
    private final JpaCourses courses;
    private final JpaCourseDocuments courseDocuments;
    private final JpaRooms rooms;
    private final JpaGroups groups;
    private final JpaLessons lessons;
    private final JpaBookingLocks bookingLocks;
    private final ICalendarWriter calendarWriter;
    private final org.trainingcrm.persistence.jpa.JpaEnrollments enrollments;
    private final org.trainingcrm.persistence.jpa.JpaWithdrawalReasons withdrawalReasons;
    private final org.trainingcrm.persistence.jpa.JpaPromotions promotions;
    private final org.trainingcrm.persistence.jpa.JpaGuestVisits guestVisits;
    private final org.trainingcrm.persistence.jpa.JpaStudentNotes studentNotes;
    private final org.trainingcrm.persistence.jpa.JpaNoticeOutbox notices;
    private final org.trainingcrm.persistence.jpa.JpaAttendanceMarks attendanceMarks;
    private final org.trainingcrm.persistence.jpa.JpaGrades grades;
    private final org.trainingcrm.persistence.jpa.JpaCertificates certificates;
    private final org.trainingcrm.persistence.jpa.JpaCertificateNumbers certificateNumbers;

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
        this.branches = new JpaBranches(transactions);
        this.users = new JpaUsers(transactions);
        this.industries = new JpaIndustries(transactions);
        this.people = new JpaPeople(transactions);
        this.clients = new JpaClients(transactions);
        this.assignments = new JpaAssignments(transactions);
        this.reassignments = new JpaReassignments(transactions);
        this.bulkWriter = new JdbcClientBulkWriter(transactions);
        this.medicalNotes = new JpaMedicalNotes(transactions);
        this.referrals = new JpaReferrals(transactions);
        this.directions = new JpaDirections(transactions);
        this.courses = new JpaCourses(transactions);
        this.courseDocuments = new JpaCourseDocuments(transactions);
        this.rooms = new JpaRooms(transactions);
        this.groups = new JpaGroups(transactions);
        this.lessons = new JpaLessons(transactions);
        this.bookingLocks = new JpaBookingLocks(transactions);
        this.calendarWriter = new ICalendarWriter();
        this.enrollments = new org.trainingcrm.persistence.jpa.JpaEnrollments(transactions);
        this.withdrawalReasons = new org.trainingcrm.persistence.jpa.JpaWithdrawalReasons(transactions);
        this.promotions = new org.trainingcrm.persistence.jpa.JpaPromotions(transactions);
        this.guestVisits = new org.trainingcrm.persistence.jpa.JpaGuestVisits(transactions);
        this.studentNotes = new org.trainingcrm.persistence.jpa.JpaStudentNotes(transactions);
        this.notices = new org.trainingcrm.persistence.jpa.JpaNoticeOutbox(transactions);
        this.attendanceMarks = new org.trainingcrm.persistence.jpa.JpaAttendanceMarks(transactions);
        this.grades = new org.trainingcrm.persistence.jpa.JpaGrades(transactions);
        this.certificates = new org.trainingcrm.persistence.jpa.JpaCertificates(transactions);
        this.certificateNumbers = new org.trainingcrm.persistence.jpa.JpaCertificateNumbers(transactions, dataSource);
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
    public Branches branches() {
        return branches;
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public Industries industries() {
        return industries;
    }

    @Override
    public People people() {
        return people;
    }

    @Override
    public Clients clients() {
        return clients;
    }

    @Override
    public Assignments assignments() {
        return assignments;
    }

    @Override
    public Reassignments reassignments() {
        return reassignments;
    }

    @Override
    public ClientBulkWriter clientBulkWriter() {
        return bulkWriter;
    }

    @Override
    public MedicalNotes medicalNotes() {
        return medicalNotes;
    }

    @Override
    public Referrals referrals() {
        return referrals;
    }

    @Override
    public Directions directions() {
        return directions;
    }

    @Override
    public Courses courses() {
        return courses;
    }

    @Override
    public CourseDocuments courseDocuments() {
        return courseDocuments;
    }

    @Override
    public Rooms rooms() {
        return rooms;
    }

    @Override
    public Groups groups() {
        return groups;
    }

    @Override
    public Lessons lessons() {
        return lessons;
    }

    @Override
    public BookingLocks bookingLocks() {
        return bookingLocks;
    }

    @Override
    public CalendarExport calendarExport() {
        return calendarWriter;
    }

    @Override
    public org.trainingcrm.domain.enrollment.Enrollments enrollments() {
        return enrollments;
    }

    @Override
    public org.trainingcrm.domain.enrollment.WithdrawalReasons withdrawalReasons() {
        return withdrawalReasons;
    }

    @Override
    public org.trainingcrm.domain.enrollment.Promotions promotions() {
        return promotions;
    }

    @Override
    public org.trainingcrm.domain.enrollment.GuestVisits guestVisits() {
        return guestVisits;
    }

    @Override
    public org.trainingcrm.domain.enrollment.StudentNotes studentNotes() {
        return studentNotes;
    }

    /** The notices outbox: table enrollment_notice, which the host delivers from. */
    @Override
    public org.trainingcrm.domain.enrollment.Notifier notifier() {
        return notices;
    }

    @Override
    public org.trainingcrm.domain.attendance.AttendanceMarks attendanceMarks() {
        return attendanceMarks;
    }

    @Override
    public org.trainingcrm.domain.certificate.Grades grades() {
        return grades;
    }

    @Override
    public org.trainingcrm.domain.certificate.Certificates certificates() {
        return certificates;
    }

    @Override
    public org.trainingcrm.domain.certificate.CertificateNumbers certificateNumbers() {
        return certificateNumbers;
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

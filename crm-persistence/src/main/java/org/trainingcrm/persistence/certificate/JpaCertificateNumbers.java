package org.trainingcrm.persistence.certificate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.certificate.CertificateNumbers;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.schedule.JpaBookingLocks;

/**
 * Certificate numbers from a counter row per course and year, raised by an UPDATE in the issuing
 * transaction: the row stays locked until it commits, so a concurrent issue waits and then reads
 * the next number (an UPDATE is the portable row lock; see {@link JpaBookingLocks}). The first
 * issue of a course and year creates the row with 0 on a connection of its own, committed at
 * once; when two create it together, the loser's duplicate key is ignored and both go on to the
 * UPDATE.
 */
public final class JpaCertificateNumbers implements CertificateNumbers {

    private static final String RAISE =
            "UPDATE certificate_counter SET last_number = last_number + 1 WHERE course_id = ? AND year_no = ?";

    private final JpaTransactions transactions;
    private final DataSource dataSource;

    public JpaCertificateNumbers(JpaTransactions transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public int next(CourseId course, int year) {
        var em = transactions.entityManager();
        int raised = em.createNativeQuery(RAISE).setParameter(1, course.toString()).setParameter(2, year)
                .executeUpdate();
        if (raised == 0) {
            createCounter(course, year);
            em.createNativeQuery(RAISE).setParameter(1, course.toString()).setParameter(2, year).executeUpdate();
        }
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_number FROM certificate_counter WHERE course_id = ? AND year_no = ?")
                .setParameter(1, course.toString()).setParameter(2, year).getSingleResult();
        return last.intValue();
    }

    private void createCounter(CourseId course, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO certificate_counter (course_id, year_no, last_number) VALUES (?, ?, 0)")) {
            connection.setAutoCommit(true);
            insert.setString(1, course.toString());
            insert.setInt(2, year);
            insert.executeUpdate();
        } catch (SQLException e) {
            // 23xxx: integrity constraint violation, here the row another issue created first
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("cannot create the certificate counter of " + course + " " + year, e);
            }
        }
    }
}

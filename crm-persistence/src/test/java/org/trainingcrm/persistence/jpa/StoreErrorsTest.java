package org.trainingcrm.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.StoreRefused;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.trainingcrm.domain.kernel.StoreUnavailable.Kind;

/** What each SQLState (and wrapping) the drivers report becomes: table-driven over PostgreSQL's and Derby's words. */
class StoreErrorsTest {

    private final StoreErrors errors = new StoreErrors(List.of(
            new UniqueRule("uq_certificate_enrollment", "certificate.duplicate", "issued already"),
            new UniqueRule("uq_certificate_number", "certificate.number.duplicate", "number issued already"),
            new UniqueRule("uq_crm_user_login", "user.login.taken", "login taken")));

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("08001", "Connection to 127.0.0.1:1 refused. Check that the hostname and port are"
                        + " correct", Kind.UNREACHABLE, true),
                Arguments.of("08001", "No suitable driver found for jdbc:postgre://x", Kind.MISCONFIGURED, false),
                Arguments.of("57P03", "the database system is starting up", Kind.UNREACHABLE, true),
                Arguments.of("53300", "sorry, too many clients already", Kind.UNREACHABLE, true),
                Arguments.of("28000", "FATAL: role \"nobody\" does not exist", Kind.CREDENTIALS, false),
                Arguments.of("28P01", "FATAL: password authentication failed for user \"crm\"", Kind.CREDENTIALS,
                        false),
                Arguments.of("08004", "Connection authentication failure occurred. Reason: userid or password invalid.",
                        Kind.CREDENTIALS, false),
                Arguments.of("3D000", "FATAL: database \"crm\" does not exist", Kind.MISSING_DATABASE, false),
                Arguments.of("XJ004", "Database '/data/crm' not found.", Kind.MISSING_DATABASE, false),
                Arguments.of("08004", "The connection was refused because the database crm was not found.",
                        Kind.MISSING_DATABASE, false),
                Arguments.of("57P01", "FATAL: terminating connection due to administrator command",
                        Kind.LOST_CONNECTION, true),
                Arguments.of("08006", "An I/O error occurred while sending to the backend.", Kind.LOST_CONNECTION,
                        true),
                Arguments.of("08003", "This connection has been closed.", Kind.LOST_CONNECTION, true),
                Arguments.of("08S01", "Communication link failure", Kind.LOST_CONNECTION, true),
                Arguments.of("XSDB6", "Another instance of Derby may have already booted the database /data/crm.",
                        Kind.IN_USE, false),
                Arguments.of("40P01", "deadlock detected", Kind.BUSY, true),
                Arguments.of("40001", "could not serialize access due to concurrent update", Kind.BUSY, true),
                Arguments.of("40XL1", "A lock could not be obtained within the time requested", Kind.BUSY, true));
    }

    @ParameterizedTest
    @MethodSource("states")
    void names_the_kind_of_unavailability_and_whether_a_retry_may_help(String state, String message, Kind kind,
            boolean retry) {
        SQLException driver = new SQLException(message, state);
        for (RuntimeException thrown : wrappings(driver)) {
            assertThat(errors.translate(thrown)).isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                assertThat(e.kind()).isEqualTo(kind);
                assertThat(e.retryMayHelp()).isEqualTo(retry);
                assertThat(e.sqlState()).isEqualTo(state);
            });
        }
    }

    @Test
    void a_pool_that_timed_out_waiting_for_a_connection_is_unreachable() {
        var timedOut = new SQLTransientConnectionException("training-crm-1 - Connection is not available");
        assertThat(errors.translate(new PersistenceException(timedOut)))
                .isInstanceOfSatisfying(StoreUnavailable.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE));
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of("ERROR: duplicate key value violates unique constraint \"uq_certificate_enrollment\"\n"
                        + "  Detail: Key (enrollment_id)=(0190) already exists.", "certificate.duplicate"),
                Arguments.of("The statement was aborted because it would have caused a duplicate key value in a unique"
                        + " or primary key constraint or unique index identified by 'UQ_CERTIFICATE_NUMBER' defined on"
                        + " 'CERTIFICATE'.", "certificate.number.duplicate"),
                Arguments.of("ERROR: duplicate key value violates unique constraint \"uq_crm_user_login\"",
                        "user.login.taken"));
    }

    @ParameterizedTest
    @MethodSource("duplicates")
    void a_duplicate_lost_in_a_race_is_the_rule_its_constraint_protects(String message, String rule) {
        for (RuntimeException thrown : wrappings(new SQLException(message, "23505"))) {
            assertThat(errors.translate(thrown)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.rule()).isEqualTo(rule));
        }
        // PostgreSQL names the constraint in the batch's next exception, under the batch's own message
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO ... was aborted", "23505",
                0, new int[0], null);
        batch.setNextException(new SQLException(message, "23505"));
        assertThat(errors.translate(new RollbackException(DatabaseException.sqlException(batch))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void a_refusal_no_rule_explains_is_store_refused_without_the_drivers_words() {
        var unknownKey = new SQLException("duplicate key value violates unique constraint \"pk_client\""
                + " Detail: Key (id)=(Иван Петров) already exists.", "23505");
        var tooLong = new SQLException("A truncation error was encountered trying to shrink VARCHAR 'Иван Петров…'"
                + " to length 200.", "22001");
        for (SQLException refusal : List.of(unknownKey, tooLong)) {
            assertThat(errors.translate(new RollbackException(DatabaseException.sqlException(refusal))))
                    .isInstanceOfSatisfying(StoreRefused.class, e -> {
                        assertThat(e.retryMayHelp()).isFalse();
                        assertThat(e.sqlState()).isEqualTo(refusal.getSQLState());
                        assertThat(e.getMessage()).doesNotContain("Иван");
                        assertThat(e.getCause()).isNull();
                    });
        }
        assertThat(errors.translate(new jakarta.persistence.TransactionRequiredException("no transaction")))
                .isInstanceOf(StoreRefused.class);
    }

    @Test
    void errors_of_the_crm_and_defects_pass_unchanged() {
        var invalid = new InvalidValue("client.name", "x", "too short");
        var defect = new IllegalArgumentException("a bug");
        assertThat(errors.translate(invalid)).isSameAs(invalid);
        assertThat(errors.translate(defect)).isSameAs(defect);
    }

    /** The driver's exception as it reaches the store: bare, inside EclipseLink, inside a rollback. */
    private static List<RuntimeException> wrappings(SQLException driver) {
        return List.of(new IllegalStateException("bulk write failed", driver),
                DatabaseException.sqlException(driver),
                new PersistenceException(DatabaseException.sqlException(driver)),
                new RollbackException(new PersistenceException(DatabaseException.sqlException(driver))));
    }
}

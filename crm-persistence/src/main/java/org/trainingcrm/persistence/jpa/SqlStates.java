package org.trainingcrm.persistence.jpa;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.trainingcrm.domain.kernel.StoreUnavailable.Kind;

/**
 * What a driver's SQLException says about the store: SQL:2011 classes where drivers keep them
 * (08 connection, 28 authorization, 40 rollback), PostgreSQL's and Derby's own states beside.
 */
final class SqlStates {

    /** Integrity constraint violation: unique or primary key. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final Set<String> LOST = Set.of(
            "08000", "08003", "08006", "08007", "08S01",
            "57P01", "57P02"); // PostgreSQL: terminated by an administrator, crash shutdown
    private static final Set<String> UNREACHABLE = Set.of(
            "08001", "08004", "57P03", "53300"); // PostgreSQL: starting up, too many connections
    private static final Set<String> BUSY = Set.of(
            "40001", "40P01", "55P03", // serialization failure, deadlock, PostgreSQL lock not available
            "40XL1", "40XL2"); // Derby: lock timeout, deadlock
    private static final Set<String> MISSING = Set.of("3D000", "XJ004"); // PostgreSQL, Derby

    private SqlStates() {
    }

    /** The kind of unavailability the exception reports, if it reports one. */
    static Optional<Kind> kindOf(SQLException e) {
        String state = e.getSQLState();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (state == null) {
            // HikariCP's "connection is not available, request timed out" when the last attempt gave no state
            return e instanceof SQLTransientConnectionException ? Optional.of(Kind.UNREACHABLE) : Optional.empty();
        }
        if (state.equals("XSDB6")) {
            return Optional.of(Kind.IN_USE); // Derby: another JVM has booted the database
        }
        if (MISSING.contains(state)) {
            return Optional.of(Kind.MISSING_DATABASE);
        }
        if (state.startsWith("28")) {
            return Optional.of(Kind.CREDENTIALS);
        }
        if (state.equals("08004")) {
            // Derby's network server says both a missing database and a refused password with 08004
            if (message.contains("not found")) {
                return Optional.of(Kind.MISSING_DATABASE);
            }
            if (message.contains("authentication") || message.contains("password")) {
                return Optional.of(Kind.CREDENTIALS);
            }
        }
        if (state.equals("08001") && message.contains("no suitable driver")) {
            return Optional.of(Kind.MISCONFIGURED);
        }
        if (UNREACHABLE.contains(state)) {
            return Optional.of(Kind.UNREACHABLE);
        }
        if (LOST.contains(state) || state.startsWith("08")) {
            return Optional.of(Kind.LOST_CONNECTION);
        }
        if (BUSY.contains(state)) {
            return Optional.of(Kind.BUSY);
        }
        return Optional.empty();
    }

    /** What the host reads for each kind. */
    static String explain(Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> "the CRM database does not answer: is its server running, are host and port right?";
            case CREDENTIALS -> "the CRM database refused the user name or password";
            case MISSING_DATABASE -> "the server holds no database of that name: create it first";
            case LOST_CONNECTION -> "the connection to the CRM database broke during the work; its transaction"
                    + " was rolled back (had it broken while committing, the database decided)";
            case MISCONFIGURED -> "no JDBC driver on the class path accepts the URL: check its spelling and the driver";
            case IN_USE -> "another process holds the embedded CRM database, which only one process may open:"
                    + " close it, or use the Derby network server or PostgreSQL for several processes";
            case BUSY -> "the CRM database gave up waiting for a lock held by other work; nothing was written";
        };
    }
}

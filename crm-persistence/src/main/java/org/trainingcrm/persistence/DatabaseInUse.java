package org.trainingcrm.persistence;

import java.sql.SQLException;

/**
 * Opening an embedded Derby database that another process holds: embedded Derby lets one process
 * open a database at a time. Several processes share one database through the Derby network
 * server or PostgreSQL.
 */
public final class DatabaseInUse extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Derby's SQLState for "another instance of Derby may have already booted the database". */
    static final String DERBY_BOOTED_ELSEWHERE = "XSDB6";

    private final String database;

    DatabaseInUse(String database, Throwable cause) {
        super("another process holds the embedded Derby database " + database
                + "; embedded Derby serves one process at a time: close the other process, or let several"
                + " processes share the database through the Derby network server (jdbc:derby://host:1527/...)"
                + " or PostgreSQL", cause);
        this.database = database;
    }

    /** The database: its folder, for one opened by {@link CrmDatabase#embedded}. */
    public String database() {
        return database;
    }

    /** Whether Derby refused the database because another process has booted it, anywhere in the chain. */
    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (DERBY_BOOTED_ELSEWHERE.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

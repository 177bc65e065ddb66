package org.trainingcrm.domain.kernel;

/**
 * The store itself failed, not a rule: the database could not be reached or refused a statement.
 * Nothing of the unit of work was written. Says whether trying the same call again may help.
 */
public abstract class StoreFailure extends CrmException {

    private final String sqlState;

    protected StoreFailure(String message, String sqlState, Throwable cause) {
        super(sqlState == null ? message : message + " (SQLState " + sqlState + ")", cause);
        this.sqlState = sqlState;
    }

    /** Whether the same call may succeed later without anything changed by the host. */
    public abstract boolean retryMayHelp();

    /** The database's SQLState of the failure, when it gave one; for the host's diagnostics. */
    public String sqlState() {
        return sqlState;
    }
}

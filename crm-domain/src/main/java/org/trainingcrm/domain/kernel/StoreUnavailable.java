package org.trainingcrm.domain.kernel;

/** The store cannot be used now: what is wrong is in {@link #kind()}, and whether waiting helps. */
public final class StoreUnavailable extends StoreFailure {

    /** What keeps the store from being used. */
    public enum Kind {
        /** No server answers at the address: down, restarting, a wrong host or port. */
        UNREACHABLE(true),
        /** The server refused the user name or password. */
        CREDENTIALS(false),
        /** The server answers but holds no database of that name. */
        MISSING_DATABASE(false),
        /** The connection broke while in use: server restart, network cut, idle kill. */
        LOST_CONNECTION(true),
        /** The address is not a JDBC URL any driver on the class path accepts. */
        MISCONFIGURED(false),
        /** Another process holds an embedded database that only one process may open. */
        IN_USE(false),
        /** The database gave up waiting for a lock, or chose this work as a deadlock's victim. */
        BUSY(true);

        private final boolean retryMayHelp;

        Kind(boolean retryMayHelp) {
            this.retryMayHelp = retryMayHelp;
        }

        public boolean retryMayHelp() {
            return retryMayHelp;
        }
    }

    private final Kind kind;

    public StoreUnavailable(Kind kind, String message, String sqlState, Throwable cause) {
        super(message, sqlState, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean retryMayHelp() {
        return kind.retryMayHelp();
    }
}

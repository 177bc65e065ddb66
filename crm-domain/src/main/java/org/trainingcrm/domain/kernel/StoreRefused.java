package org.trainingcrm.domain.kernel;

/**
 * The database refused a statement that no rule of the CRM explains (a constraint or limit the
 * code does not check first). A defect to report: the same call fails again.
 */
public final class StoreRefused extends StoreFailure {

    public StoreRefused(String message, String sqlState) {
        // no cause: the driver's message and EclipseLink's carry the bound values, personal data among them
        super(message, sqlState, null);
    }

    @Override
    public boolean retryMayHelp() {
        return false;
    }
}

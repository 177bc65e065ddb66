package org.trainingcrm.analytics.report;

import org.trainingcrm.domain.kernel.CrmException;

/** A report could not be run against the database; the message names the report. */
public final class ReportFailed extends CrmException {

    private final String report;

    /** Wraps the database's complaint about the named report. */
    public ReportFailed(String report, Throwable cause) {
        super("report '" + report + "' failed: " + cause.getMessage(), cause);
        this.report = report;
    }

    /** The name of the report that failed. */
    public String report() {
        return report;
    }
}

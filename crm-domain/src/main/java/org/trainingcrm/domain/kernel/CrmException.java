package org.trainingcrm.domain.kernel;

/** Root of every error the CRM reports to its host application. */
public abstract class CrmException extends RuntimeException {

    protected CrmException(String message) {
        super(message);
    }

    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}

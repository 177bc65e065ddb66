package org.trainingcrm.domain.kernel;

/**
 * Port: where the CRM keeps its data, a database or memory in tests. Beside the transactions
 * and the audit log it keeps each feature's bundle of ports, looked up by the bundle's type.
 */
public interface CrmStore {

    Transactions transactions();

    AuditLog auditLog();

    /**
     * The ports of one feature, such as {@code ports(ClientPorts.class)}.
     *
     * @throws IllegalStateException when the store keeps no such bundle
     */
    <P> P ports(Class<P> bundle);

    /** Whether the store keeps the bundle. */
    boolean keeps(Class<?> bundle);
}

package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;

/** How the client base's use cases hand their records to the use-case template: clients and industries. */
public final class ClientRecords {

    private ClientRecords() {
    }

    /** Clients of a branch, which the actor's scope must include. */
    public static Records<Client, ClientId> clients(ClientPorts ports) {
        return Records.of("client", ports.clients()::byId, Client::branch)
                .versioned(Client::version).audited(Client::auditState)
                .savedBy(ports.clients()::add, ports.clients()::update);
    }

    /** The industry dictionary, which every branch shares. */
    public static Records<Industry, IndustryId> industries(ClientPorts ports) {
        return Records.shared("industry", ports.industries()::byId)
                .audited(industry -> new AuditState().with("name", industry.name()))
                .savedBy(ports.industries()::add, ports.industries()::update);
    }
}

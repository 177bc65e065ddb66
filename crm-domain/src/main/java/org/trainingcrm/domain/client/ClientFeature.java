package org.trainingcrm.domain.client;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** The client base (C1–C5, K7): cards, contacts, industries, search. */
public final class ClientFeature implements CrmFeature {

    @Override
    public String name() {
        return "client";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(ClientPorts.class, PeoplePorts.class, BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return ClientPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        ClientPorts client = wiring.ports(ClientPorts.class);
        wiring.provide(ClientService.class, new ClientService(client, wiring.ports(PeoplePorts.class),
                wiring.ports(BranchPorts.class), wiring.useCases()));
        wiring.provide(ClientSearchService.class, new ClientSearchService(client, wiring.ports(BranchPorts.class),
                wiring.useCases()));
        wiring.provide(IndustryService.class, new IndustryService(client, wiring.useCases()));
    }
}

package org.trainingcrm.domain.bulk;

import java.util.List;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Loading clients in batches, every field checked, an audit entry per batch. */
public final class BulkFeature implements CrmFeature {

    @Override
    public String name() {
        return "bulk";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(BulkPorts.class, BranchPorts.class, ClientPorts.class, AccessPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return BulkPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        wiring.provide(BulkLoadService.class, new BulkLoadService(wiring.ports(BulkPorts.class),
                wiring.ports(BranchPorts.class), wiring.ports(ClientPorts.class), wiring.ports(AccessPorts.class),
                wiring.useCases()));
    }
}

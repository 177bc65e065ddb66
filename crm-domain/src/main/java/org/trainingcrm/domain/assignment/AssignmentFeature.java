package org.trainingcrm.domain.assignment;

import java.util.List;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Responsible managers per service line, reassignment and restore (C6). */
public final class AssignmentFeature implements CrmFeature {

    @Override
    public String name() {
        return "assignment";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(AssignmentPorts.class, ClientPorts.class, AccessPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return AssignmentPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        wiring.provide(AssignmentService.class, new AssignmentService(wiring.ports(AssignmentPorts.class),
                wiring.ports(ClientPorts.class), wiring.ports(AccessPorts.class), wiring.useCases()));
    }
}

package org.trainingcrm.domain.access;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Users, roles and branches as the staff administers them. */
public final class AccessFeature implements CrmFeature {

    @Override
    public String name() {
        return "access";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(AccessPorts.class, BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return AccessPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        wiring.provide(StaffService.class, new StaffService(wiring.ports(BranchPorts.class),
                wiring.ports(AccessPorts.class), wiring.useCases()));
    }
}

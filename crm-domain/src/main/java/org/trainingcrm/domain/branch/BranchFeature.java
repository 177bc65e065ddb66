package org.trainingcrm.domain.branch;

import java.util.List;

import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Branches of the centre (K7): their store; opening them is the staff's use case. */
public final class BranchFeature implements CrmFeature {

    @Override
    public String name() {
        return "branch";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return List.of();
    }

    @Override
    public void wire(Wiring wiring) {
        // no services of its own: StaffService opens branches, every feature reads them
    }
}

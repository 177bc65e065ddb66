package org.trainingcrm.domain.audit;

import java.util.List;

import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** The audit trail (A5): every change's entry, read back per record. */
public final class AuditFeature implements CrmFeature {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of();
    }

    @Override
    public List<Permission> permissions() {
        return AuditPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        wiring.provide(AuditService.class, new AuditService(wiring.useCases()));
    }
}

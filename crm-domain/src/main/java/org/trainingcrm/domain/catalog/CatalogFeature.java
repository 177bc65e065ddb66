package org.trainingcrm.domain.catalog;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** The course catalogue: courses, directions, documents, levels (K1, K2). */
public final class CatalogFeature implements CrmFeature {

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(CatalogPorts.class, BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return CatalogPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        CatalogPorts catalog = wiring.ports(CatalogPorts.class);
        wiring.provide(DirectionService.class, new DirectionService(catalog.directions(), wiring.access(),
                wiring.transactions(), wiring.auditLog(), wiring.clock()));
        wiring.provide(CatalogService.class, new CatalogService(catalog.courses(), catalog.documents(),
                catalog.directions(), wiring.ports(BranchPorts.class).branches(), wiring.access(), wiring.transactions(),
                wiring.auditLog(), wiring.clock()));
        wiring.provide(CatalogSearchService.class, new CatalogSearchService(catalog, wiring.useCases()));
        wiring.provide(CourseDocumentService.class, new CourseDocumentService(catalog.documents(), catalog.courses(),
                wiring.access(), wiring.transactions(), wiring.auditLog(), wiring.clock()));
    }
}

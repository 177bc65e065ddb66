package org.trainingcrm.domain.catalog;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UseCases;
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
        UseCases useCases = wiring.useCases();
        wiring.provide(DirectionService.class, new DirectionService(catalog, useCases));
        wiring.provide(CatalogService.class, new CatalogService(catalog, wiring.ports(BranchPorts.class), useCases));
        wiring.provide(CatalogSearchService.class, new CatalogSearchService(catalog, useCases));
        wiring.provide(CourseDocumentService.class, new CourseDocumentService(catalog, useCases));
    }
}

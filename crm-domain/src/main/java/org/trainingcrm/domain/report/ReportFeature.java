package org.trainingcrm.domain.report;

import java.util.List;

import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Analytics through the access seam: who may export which branches' rows (R1–R12). */
public final class ReportFeature implements CrmFeature {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of();
    }

    @Override
    public List<Permission> permissions() {
        return ReportPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        wiring.provide(ReportExportService.class, new ReportExportService(wiring.useCases()));
    }
}

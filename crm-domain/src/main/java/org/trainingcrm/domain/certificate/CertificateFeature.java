package org.trainingcrm.domain.certificate;

import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Grades, certification and certificates with their numbers (E5). */
public final class CertificateFeature implements CrmFeature {

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(CertificatePorts.class, EnrollmentPorts.class, SchedulePorts.class, CatalogPorts.class, PeoplePorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return CertificatePermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        CertificatePorts own = wiring.ports(CertificatePorts.class);
        EnrollmentPorts enrollment = wiring.ports(EnrollmentPorts.class);
        SchedulePorts schedule = wiring.ports(SchedulePorts.class);
        wiring.provide(ResultsService.class, new ResultsService(own, enrollment, schedule, wiring.useCases()));
        wiring.provide(CertificateService.class, new CertificateService(own, enrollment, schedule,
                wiring.ports(CatalogPorts.class), wiring.ports(PeoplePorts.class), wiring.useCases()));
    }
}

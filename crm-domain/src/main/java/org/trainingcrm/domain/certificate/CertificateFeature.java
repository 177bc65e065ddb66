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
        var enrollments = wiring.ports(EnrollmentPorts.class).enrollments();
        SchedulePorts schedule = wiring.ports(SchedulePorts.class);
        wiring.provide(ResultsService.class, new ResultsService(own.grades(), enrollments, schedule.lessons(),
                wiring.access(), wiring.transactions(), wiring.auditLog(), wiring.clock()));
        wiring.provide(CertificateService.class, new CertificateService(own.certificates(), own.numbers(),
                own.grades(), enrollments, schedule.groups(), wiring.ports(CatalogPorts.class).courses(),
                wiring.ports(PeoplePorts.class).people(), wiring.access(), wiring.transactions(), wiring.auditLog(),
                wiring.clock()));
    }
}

package org.trainingcrm.domain.enrollment;

import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.people.LearningFigures;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.GroupService;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.Wiring;

/** Enrollment, waiting lists, withdrawal, transfer, levels, confirmations, notes (E1–E3, E7, E8). */
public final class EnrollmentFeature implements CrmFeature {

    @Override
    public String name() {
        return "enrollment";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(EnrollmentPorts.class, CatalogPorts.class, SchedulePorts.class, PeoplePorts.class, ClientPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return EnrollmentPermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        EnrollmentPorts own = wiring.ports(EnrollmentPorts.class);
        CatalogPorts catalog = wiring.ports(CatalogPorts.class);
        SchedulePorts schedule = wiring.ports(SchedulePorts.class);
        PeoplePorts people = wiring.ports(PeoplePorts.class);
        UseCases useCases = wiring.useCases();
        wiring.provide(EnrollmentService.class, new EnrollmentService(own, catalog, schedule, people,
                wiring.ports(ClientPorts.class), useCases));
        wiring.provide(RosterService.class, new RosterService(own, catalog, schedule, people, useCases));
        wiring.provide(WithdrawalReasonService.class, new WithdrawalReasonService(own, useCases));
        wiring.provide(ConfirmationService.class, new ConfirmationService(wiring.service(GroupService.class), own,
                schedule, catalog, people, useCases));
        wiring.provide(StudentNoteService.class, new StudentNoteService(own, useCases));
        wiring.provide(LearningFigures.class, new EnrollmentFigures(own.enrollments(), own.promotions(),
                catalog.courses()));
    }
}

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
        EnrollmentCollaborators ports = EnrollmentCollaborators.of(own, wiring.ports(CatalogPorts.class),
                wiring.ports(SchedulePorts.class), wiring.ports(PeoplePorts.class), wiring.ports(ClientPorts.class));
        wiring.provide(EnrollmentService.class, new EnrollmentService(ports, wiring.access(), wiring.transactions(),
                wiring.auditLog(), wiring.clock()));
        wiring.provide(RosterService.class, new RosterService(ports, wiring.access(), wiring.transactions(),
                wiring.clock()));
        wiring.provide(WithdrawalReasonService.class, new WithdrawalReasonService(own.withdrawalReasons(),
                wiring.access(), wiring.transactions(), wiring.auditLog(), wiring.clock()));
        wiring.provide(ConfirmationService.class, new ConfirmationService(wiring.service(GroupService.class), ports,
                wiring.access(), wiring.transactions(), wiring.clock()));
        wiring.provide(StudentNoteService.class, new StudentNoteService(own.enrollments(), own.studentNotes(),
                wiring.access(), wiring.transactions(), wiring.auditLog(), wiring.clock()));
        wiring.provide(LearningFigures.class, new EnrollmentFigures(own.enrollments(), own.promotions(),
                wiring.ports(CatalogPorts.class).courses()));
    }
}

package org.trainingcrm.domain.people;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.Wiring;

/** Students, parents and guardians, medical notes, referrals (C7, C8). */
public final class PeopleFeature implements CrmFeature {

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(PeoplePorts.class, BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return PeoplePermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        PeoplePorts people = wiring.ports(PeoplePorts.class);
        UseCases useCases = wiring.useCases();
        wiring.provide(PeopleService.class, new PeopleService(people, wiring.ports(BranchPorts.class), useCases));
        wiring.provide(PeopleSearchService.class, new PeopleSearchService(people, useCases));
        wiring.provide(ReferralService.class, new ReferralService(people, wiring.service(LearningFigures.class),
                useCases));
        wiring.provide(MedicalNoteService.class, new MedicalNoteService(people, useCases));
    }
}

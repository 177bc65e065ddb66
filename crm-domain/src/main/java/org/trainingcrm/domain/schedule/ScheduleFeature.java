package org.trainingcrm.domain.schedule;

import java.util.List;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.Wiring;
import org.trainingcrm.domain.people.PeoplePorts;

/** Rooms, groups, generated lessons, the timetable and its iCalendar export (K3–K5). */
public final class ScheduleFeature implements CrmFeature {

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(SchedulePorts.class, CatalogPorts.class, PeoplePorts.class, ClientPorts.class, BranchPorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return SchedulePermission.ALL;
    }

    @Override
    public void wire(Wiring wiring) {
        SchedulePorts schedule = wiring.ports(SchedulePorts.class);
        CatalogPorts catalog = wiring.ports(CatalogPorts.class);
        PeoplePorts people = wiring.ports(PeoplePorts.class);
        UseCases useCases = wiring.useCases();
        wiring.provide(RoomService.class, new RoomService(schedule, wiring.ports(BranchPorts.class), useCases));
        wiring.provide(GroupService.class, new GroupService(schedule, catalog, people, wiring.ports(ClientPorts.class),
                useCases));
        wiring.provide(TimetableService.class, new TimetableService(schedule, catalog, people, useCases));
        wiring.provide(CalendarService.class, new CalendarService(schedule, catalog, people, useCases));
    }
}

package org.trainingcrm.domain.schedule;

import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

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
        var courses = wiring.ports(CatalogPorts.class).courses();
        var people = wiring.ports(PeoplePorts.class).people();
        wiring.provide(RoomService.class, new RoomService(schedule, wiring.ports(BranchPorts.class),
                wiring.useCases()));
        wiring.provide(GroupService.class, new GroupService(schedule, wiring.ports(CatalogPorts.class),
                wiring.ports(PeoplePorts.class), wiring.ports(ClientPorts.class), wiring.useCases()));
        TimetableService timetable = new TimetableService(schedule.lessons(), schedule.groups(), courses,
                schedule.rooms(), people, schedule.bookingLocks(), wiring.access(), wiring.transactions(),
                wiring.auditLog(), wiring.clock());
        wiring.provide(TimetableService.class, timetable);
        wiring.provide(CalendarService.class, new CalendarService(timetable, schedule.rooms(), schedule.groups(), people,
                schedule.calendarWriter(), wiring.transactions(), wiring.clock()));
    }
}

package org.trainingcrm.ical;

import org.trainingcrm.domain.fixtures.AcceptanceStore;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.schedule.SchedulePorts;

/** Fresh in-memory stores whose timetable writes real iCalendar text. */
public final class InMemoryICalendarStores implements AcceptanceStore {

    static final String NAME = "memory-ical";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrmStore open() {
        InMemoryCrm store = new InMemoryCrm();
        SchedulePorts schedule = store.ports(SchedulePorts.class);
        return new StoreDecorator(store).with(SchedulePorts.class, new SchedulePorts(schedule.rooms(),
                schedule.groups(), schedule.lessons(), schedule.bookingLocks(), new ICalendarWriter()));
    }
}

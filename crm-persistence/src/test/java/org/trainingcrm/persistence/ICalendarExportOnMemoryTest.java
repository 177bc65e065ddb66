package org.trainingcrm.persistence;

import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.schedule.CalendarExport;
import org.trainingcrm.persistence.ical.ICalendarWriter;

/** The iCalendar suite on the in-memory ports with the real writer: the export without a database. */
class ICalendarExportOnMemoryTest extends ICalendarExportContract {

    @Override
    protected CrmPorts store() {
        return new StoreDecorator(new InMemoryCrm()) {
            @Override
            public CalendarExport calendarExport() {
                return new ICalendarWriter();
            }
        };
    }
}

package org.trainingcrm.persistence.schedule;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.ical.ICalendarWriter;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The schedule feature's stores on the database. */
public final class ScheduleTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(SchedulePorts.class, new SchedulePorts(new JpaRooms(transactions), new JpaGroups(transactions),
                new JpaLessons(transactions), new JpaBookingLocks(transactions), new ICalendarWriter()));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_room_branch_name_key", "room.name.duplicate",
                        "the branch already has a room of that name"));
    }
}

package org.trainingcrm.domain.schedule;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What rooms, groups and the timetable may require (K3–K5). */
public final class SchedulePermission {

    /** Read rooms, groups and the timetable, and export it as iCalendar. */
    public static final Permission TIMETABLE_READ = Permission.of("TIMETABLE_READ", ADMINISTRATOR, MANAGER);

    /** Edit rooms, groups and lessons. */
    public static final Permission TIMETABLE_EDIT = Permission.of("TIMETABLE_EDIT", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(TIMETABLE_READ, TIMETABLE_EDIT);

    private SchedulePermission() {
    }
}

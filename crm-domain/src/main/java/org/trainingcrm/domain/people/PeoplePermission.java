package org.trainingcrm.domain.people;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the people feature may require (C7, C8). */
public final class PeoplePermission {

    /** Read students, parents and guardians, preferences and referrals. */
    public static final Permission PEOPLE_READ = Permission.of("PEOPLE_READ", ADMINISTRATOR, MANAGER);

    /** Register students, record guardians, preferences and referrals. */
    public static final Permission PEOPLE_WRITE = Permission.of("PEOPLE_WRITE", ADMINISTRATOR, MANAGER);

    /** Read a person's medical notes (restricted data; every read is audited). */
    public static final Permission MEDICAL_READ = Permission.of("MEDICAL_READ", ADMINISTRATOR);

    /** Write or clear a person's medical notes. */
    public static final Permission MEDICAL_WRITE = Permission.of("MEDICAL_WRITE", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(PEOPLE_READ, PEOPLE_WRITE, MEDICAL_READ, MEDICAL_WRITE);

    private PeoplePermission() {
    }
}

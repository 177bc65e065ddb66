package org.trainingcrm.domain.access;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the staff feature may require: administering users and branches, reading the staff list. */
public final class AccessPermission {

    /** Open branches, add users, grant roles. */
    public static final Permission STAFF_ADMINISTER = Permission.of("STAFF_ADMINISTER", ADMINISTRATOR);

    /** Read the users of the branches in scope (for choosing a colleague or a teacher). */
    public static final Permission STAFF_READ = Permission.of("STAFF_READ", ADMINISTRATOR, MANAGER);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(STAFF_ADMINISTER, STAFF_READ);

    private AccessPermission() {
    }
}

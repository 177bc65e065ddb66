package org.trainingcrm.domain.assignment;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What responsible-manager assignments may require (C6). */
public final class AssignmentPermission {

    /** Hand a manager's clients over to another manager, and restore them. */
    public static final Permission CLIENT_REASSIGN = Permission.of("CLIENT_REASSIGN", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(CLIENT_REASSIGN);

    private AssignmentPermission() {
    }
}

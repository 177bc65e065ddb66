package org.trainingcrm.domain.bulk;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the bulk load may require. */
public final class BulkPermission {

    /** Load clients in batches. */
    public static final Permission CLIENT_BULK_LOAD = Permission.of("CLIENT_BULK_LOAD", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(CLIENT_BULK_LOAD);

    private BulkPermission() {
    }
}

package org.trainingcrm.domain.catalog;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the catalogue may require (K1, K2): administrators edit programmes, managers read (A1). */
public final class CatalogPermission {

    /** Read the course catalogue and its documents. */
    public static final Permission CATALOG_READ = Permission.of("CATALOG_READ", ADMINISTRATOR, MANAGER);

    /** Edit programmes: courses, their documents, directions; move courses through their statuses. */
    public static final Permission CATALOG_EDIT = Permission.of("CATALOG_EDIT", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(CATALOG_READ, CATALOG_EDIT);

    private CatalogPermission() {
    }
}

package org.trainingcrm.domain.client;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the client base may require (C1–C5, K7). */
public final class ClientPermission {

    /** Read client cards and search the client base. */
    public static final Permission CLIENT_READ = Permission.of("CLIENT_READ", ADMINISTRATOR, MANAGER);

    /** Register and revise clients and their contacts, move them between branches. */
    public static final Permission CLIENT_WRITE = Permission.of("CLIENT_WRITE", ADMINISTRATOR, MANAGER);

    /** Extend the shared dictionaries (industries, withdrawal reasons). */
    public static final Permission DICTIONARY_EDIT = Permission.of("DICTIONARY_EDIT", ADMINISTRATOR, MANAGER);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(CLIENT_READ, CLIENT_WRITE, DICTIONARY_EDIT);

    private ClientPermission() {
    }
}

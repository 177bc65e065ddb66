package org.trainingcrm.domain.kernel;

/** What a user is to the centre; each role grants a fixed set of permissions. */
public enum Role {
    /** Runs the centre: edits programmes, staff, dictionaries; may do everything. */
    ADMINISTRATOR,
    /** Works the client base: reads and edits clients, calls, enrollments. */
    MANAGER
}

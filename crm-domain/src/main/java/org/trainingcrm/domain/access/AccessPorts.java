package org.trainingcrm.domain.access;

import java.util.Objects;

/** The staff feature's ports. */
public record AccessPorts(Users users) {

    public AccessPorts {
        Objects.requireNonNull(users, "users");
    }
}

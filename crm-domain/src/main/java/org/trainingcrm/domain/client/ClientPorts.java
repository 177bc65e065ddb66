package org.trainingcrm.domain.client;

import java.util.Objects;

/** The client base's ports (C1–C5). */
public record ClientPorts(Clients clients, Industries industries) {

    public ClientPorts {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(industries, "industries");
    }
}

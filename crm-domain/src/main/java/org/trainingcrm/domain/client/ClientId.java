package org.trainingcrm.domain.client;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a client: an organisation or a private person. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ClientId newId() {
        return new ClientId(Ids.timeOrdered());
    }

    public static ClientId of(String text) {
        return new ClientId(Ids.parse("clientId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.trainingcrm.domain.kernel;

import java.util.UUID;

/** Identifies a user of the CRM: a manager, an administrator, a coordinator. */
public record UserId(UUID value) {

    public UserId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(Ids.timeOrdered());
    }

    public static UserId of(String text) {
        return new UserId(Ids.parse("userId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

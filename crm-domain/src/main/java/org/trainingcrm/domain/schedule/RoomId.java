package org.trainingcrm.domain.schedule;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a room of a branch. */
public record RoomId(UUID value) {

    public RoomId {
        Objects.requireNonNull(value, "value");
    }

    public static RoomId newId() {
        return new RoomId(Ids.timeOrdered());
    }

    public static RoomId of(String text) {
        return new RoomId(Ids.parse("roomId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.trainingcrm.domain.schedule;

import org.trainingcrm.domain.kernel.BranchId;

/** One room as a list shows it. */
public record RoomEntry(RoomId id, long version, BranchId branch, String name, int seats) {

    public static RoomEntry of(Room room) {
        return new RoomEntry(room.id(), room.version(), room.branch(), room.name(), room.seats());
    }
}

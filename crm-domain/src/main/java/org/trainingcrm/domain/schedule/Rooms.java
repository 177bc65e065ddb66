package org.trainingcrm.domain.schedule;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.BranchId;

/** Port: the rooms of the centre's branches. */
public interface Rooms {

    Optional<Room> byId(RoomId id);

    Optional<Room> byNameKey(BranchId branch, String nameKey);

    /** The rooms of the branches in scope, in no particular order. */
    List<Room> within(BranchScope scope);

    void add(Room room);

    /** Marks a loaded room as changed; written when the transaction commits. */
    void update(Room room);
}

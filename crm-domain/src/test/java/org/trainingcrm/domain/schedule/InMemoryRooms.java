package org.trainingcrm.domain.schedule;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.BranchScope;

/** The Rooms port in memory. */
public final class InMemoryRooms extends InMemoryStore<RoomId, Room> implements Rooms {
    public InMemoryRooms(InMemoryTransactions transactions) {
        super("room", Room::id, transactions);
    }

    @Override
    public Optional<Room> byNameKey(BranchId branch, String nameKey) {
        return stream().filter(r -> r.branch().equals(branch) && r.nameKey().equals(nameKey)).findFirst();
    }

    @Override
    public List<Room> within(BranchScope scope) {
        return stream().filter(r -> scope.includes(r.branch())).toList();
    }
}

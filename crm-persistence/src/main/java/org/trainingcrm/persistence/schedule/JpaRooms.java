package org.trainingcrm.persistence.schedule;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.schedule.Room;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.Rooms;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The rooms of the branches, in the CRM database. */
public final class JpaRooms extends JpaRepository<Room, RoomId> implements Rooms {

    public JpaRooms(JpaTransactions transactions) {
        super(transactions, Room.class);
    }

    @Override
    public Optional<Room> byNameKey(BranchId branch, String nameKey) {
        return em().createQuery("select r from Room r where r.branch = :branch and r.nameKey = :key", Room.class)
                .setParameter("branch", branch).setParameter("key", nameKey).getResultStream().findFirst();
    }

    @Override
    public List<Room> within(BranchScope scope) {
        return scope.only()
                .map(branch -> em().createQuery("select r from Room r where r.branch = :branch", Room.class)
                        .setParameter("branch", branch).getResultList())
                .orElseGet(this::all);
    }
}

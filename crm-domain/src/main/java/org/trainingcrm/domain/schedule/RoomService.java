package org.trainingcrm.domain.schedule;

import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_EDIT;
import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_READ;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCases;

/** Use cases of the rooms (K3, K7): a small dictionary per branch, with the seats of each. */
public final class RoomService {

    private final Rooms rooms;
    private final Groups groups;
    private final Records<Room, RoomId> roomRecords;
    // the branch is checked against the actor's scope before it is looked up
    private final Records<Branch, BranchId> branches;
    private final UseCases useCases;

    public RoomService(SchedulePorts schedule, BranchPorts branch, UseCases useCases) {
        this.rooms = schedule.rooms();
        this.groups = schedule.groups();
        this.roomRecords = ScheduleRecords.rooms(schedule);
        this.branches = Records.shared("branch", branch.branches()::byId);
        this.useCases = useCases;
    }

    /** Adds a room to the actor's own branch. */
    public RoomId add(Actor actor, String name, int seats) {
        return add(actor, actor.branch(), name, seats);
    }

    /** Adds a room to the branch; a name that differs from another room's only in case or accents is refused. */
    public RoomId add(Actor actor, BranchId branch, String name, int seats) {
        return useCases.change(actor, TIMETABLE_EDIT, uc -> {
            uc.requireBranch(branch);
            uc.load(branches, branch);
            Room room = new Room(RoomId.newId(), branch, name, seats);
            refuseDuplicate(room);
            return uc.add(roomRecords, room, room.id(), "room.add").id();
        });
    }

    /**
     * Renames a room and states its seats anew; fewer seats than a running group needs are refused.
     *
     * @throws ConcurrentChange when someone changed the room since it was read at {@code expectedVersion}
     */
    public void revise(Actor actor, RoomId id, long expectedVersion, String name, int seats) {
        useCases.edit(actor, TIMETABLE_EDIT, roomRecords, id, expectedVersion, "room.revise", room -> {
            room.revise(name, seats);
            refuseDuplicate(room);
            groups.usingRoom(id).stream()
                    .filter(g -> g.status().isActive() && g.seats() > seats)
                    .findFirst()
                    .ifPresent(g -> {
                        throw new RuleViolation("room.seats.belowGroup", "group " + g.name() + " (" + g.id()
                                + ") has " + g.seats() + " seats in this room, more than " + seats);
                    });
        });
    }

    /** The rooms of every branch the actor sees, sorted by name in the actor's locale. */
    public List<RoomEntry> list(Actor actor) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            Collator collator = Collator.getInstance(actor.locale());
            return rooms.within(uc.scope()).stream()
                    .map(RoomEntry::of)
                    .sorted(Comparator.comparing(RoomEntry::name, collator).thenComparing(r -> r.id().value()))
                    .toList();
        });
    }

    private void refuseDuplicate(Room room) {
        rooms.byNameKey(room.branch(), room.nameKey())
                .filter(other -> !other.id().equals(room.id()))
                .ifPresent(other -> {
                    throw new InvalidValue("room.name", room.name(), "the branch already has a room named '"
                            + other.name() + "'");
                });
    }
}

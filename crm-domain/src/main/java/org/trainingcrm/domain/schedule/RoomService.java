package org.trainingcrm.domain.schedule;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;

/** Use cases of the rooms (K3, K7): a small dictionary per branch, with the seats of each. */
public final class RoomService {

    private final Rooms rooms;
    private final Groups groups;
    private final Branches branches;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public RoomService(Rooms rooms, Groups groups, Branches branches, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.rooms = rooms;
        this.groups = groups;
        this.branches = branches;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a room to the actor's own branch. */
    public RoomId add(Actor actor, String name, int seats) {
        return add(actor, actor.branch(), name, seats);
    }

    /** Adds a room to the branch; a name that differs from another room's only in case or accents is refused. */
    public RoomId add(Actor actor, BranchId branch, String name, int seats) {
        return transactions.inTransaction(() -> {
            access.require(actor, SchedulePermission.TIMETABLE_EDIT, branch);
            branches.byId(branch).orElseThrow(() -> new NotFound("branch", branch));
            Room room = new Room(RoomId.newId(), branch, name, seats);
            refuseDuplicate(room);
            rooms.add(room);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "room.add", "room", room.id(), null,
                    stateOf(room)));
            return room.id();
        });
    }

    /**
     * Renames a room and states its seats anew; fewer seats than a running group needs are refused.
     *
     * @throws ConcurrentChange when someone changed the room since it was read at {@code expectedVersion}
     */
    public void revise(Actor actor, RoomId id, long expectedVersion, String name, int seats) {
        transactions.run(() -> {
            access.require(actor, SchedulePermission.TIMETABLE_EDIT);
            Room room = rooms.byId(id).orElseThrow(() -> new NotFound("room", id));
            access.require(actor, SchedulePermission.TIMETABLE_EDIT, room.branch());
            if (room.version() != expectedVersion) {
                throw new ConcurrentChange("room", id,
                        "edited version " + expectedVersion + " but the stored one is " + room.version());
            }
            AuditState before = stateOf(room);
            room.revise(name, seats);
            refuseDuplicate(room);
            groups.usingRoom(id).stream()
                    .filter(g -> g.status().isActive() && g.seats() > seats)
                    .findFirst()
                    .ifPresent(g -> {
                        throw new RuleViolation("room.seats.belowGroup", "group " + g.name() + " (" + g.id()
                                + ") has " + g.seats() + " seats in this room, more than " + seats);
                    });
            rooms.update(room);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "room.revise", "room", id, before,
                    stateOf(room)));
        });
    }

    /** The rooms of every branch the actor sees, sorted by name in the actor's locale. */
    public List<RoomEntry> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, SchedulePermission.TIMETABLE_READ);
            Collator collator = Collator.getInstance(actor.locale());
            return rooms.within(access.scopeOf(actor)).stream()
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

    private static AuditState stateOf(Room room) {
        return new AuditState().with("branch", room.branch()).with("name", room.name()).with("seats", room.seats());
    }
}

package org.trainingcrm.domain.schedule;

import java.util.Objects;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/** A room of a branch where lessons are held, and how many it seats. */
public class Room {

    /** Most seats a room may have. */
    public static final int MAX_SEATS = 10_000;

    private RoomId id;
    private BranchId branch;
    private String name;
    private String nameKey;
    private int seats;
    private long version;

    protected Room() {
    }

    public Room(RoomId id, BranchId branch, String name, int seats) {
        this.id = Objects.requireNonNull(id, "id");
        this.branch = Objects.requireNonNull(branch, "branch");
        revise(name, seats);
    }

    /** Renames the room and states its seats anew. */
    public void revise(String newName, int newSeats) {
        String checked = Text.required("room.name", newName, 200);
        if (newSeats < 1 || newSeats > MAX_SEATS) {
            throw new InvalidValue("room.seats", newSeats, "must be between 1 and " + MAX_SEATS);
        }
        name = checked;
        nameKey = SearchKey.of(checked);
        seats = newSeats;
    }

    public RoomId id() {
        return id;
    }

    public BranchId branch() {
        return branch;
    }

    public String name() {
        return name;
    }

    /** The name's search form; two rooms of a branch may not share it. */
    public String nameKey() {
        return nameKey;
    }

    public int seats() {
        return seats;
    }

    public long version() {
        return version;
    }
}

package org.trainingcrm.domain.enrollment;

/**
 * Where an enrollment stands. A request takes a seat at once when one is free, or waits in
 * line; a seat is left by withdrawal (before the start), drop-out (after it) or transfer; a
 * student who finishes the level completes it.
 */
public enum EnrollmentStatus {
    /** On the group's waiting list, in the order of the request. */
    WAITING,
    /** Holds a seat in the group. */
    ENROLLED,
    /** Left before the group started (or left the waiting list), with a reason for the refund. */
    WITHDRAWN,
    /** Left during the course. */
    DROPPED_OUT,
    /** Moved to another group of the same course; the new enrollment names this one. */
    TRANSFERRED_OUT,
    /** Finished the level. */
    COMPLETED;

    /** True while the enrollment still counts in its group: waiting or holding a seat. */
    public boolean isActive() {
        return this == WAITING || this == ENROLLED;
    }

    /** True when the student sat in the group at some time: the ones attendance and results are about. */
    public boolean heldSeat() {
        return this == ENROLLED || this == DROPPED_OUT || this == TRANSFERRED_OUT || this == COMPLETED;
    }
}

package org.trainingcrm.domain.schedule;

/**
 * Where a group stands. A new group is tentative until enough students enrol (E8), then
 * confirmed; it finishes after its last lesson, or is cancelled before.
 */
public enum GroupStatus {
    TENTATIVE,
    CONFIRMED,
    CANCELLED,
    FINISHED;

    /** True when a group in this status may move to the given one. */
    public boolean mayBecome(GroupStatus next) {
        return switch (this) {
            case TENTATIVE -> next == CONFIRMED || next == CANCELLED;
            case CONFIRMED -> next == FINISHED || next == CANCELLED;
            case CANCELLED, FINISHED -> false;
        };
    }

    /** True while the group still holds lessons: tentative or confirmed. */
    public boolean isActive() {
        return this == TENTATIVE || this == CONFIRMED;
    }
}

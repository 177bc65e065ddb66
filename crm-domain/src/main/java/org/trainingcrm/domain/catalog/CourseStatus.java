package org.trainingcrm.domain.catalog;

import java.util.Set;

/**
 * Where a course stands: planned, open for enrollment, running, then finished; or cancelled
 * at any point before it finishes.
 */
public enum CourseStatus {
    PLANNED,
    OPEN_FOR_ENROLLMENT,
    RUNNING,
    FINISHED,
    CANCELLED;

    /** True when a course in this status may move to the given one. */
    public boolean mayBecome(CourseStatus next) {
        return switch (this) {
            case PLANNED -> Set.of(OPEN_FOR_ENROLLMENT, CANCELLED).contains(next);
            case OPEN_FOR_ENROLLMENT -> Set.of(RUNNING, CANCELLED).contains(next);
            case RUNNING -> Set.of(FINISHED, CANCELLED).contains(next);
            case FINISHED, CANCELLED -> false;
        };
    }

    /** True once the course is over, one way or the other: it no longer changes. */
    public boolean isClosed() {
        return this == FINISHED || this == CANCELLED;
    }
}

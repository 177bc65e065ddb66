package org.trainingcrm.domain.attendance;

/** Why someone who is not enrolled in a group sits in one of its lessons (E8). */
public enum VisitKind {
    /** A student of another group of the course making up a lesson they missed. */
    MAKE_UP,
    /** A prospect trying a lesson before enrolling. */
    TRIAL
}

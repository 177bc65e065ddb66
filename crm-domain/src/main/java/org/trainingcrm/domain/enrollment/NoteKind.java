package org.trainingcrm.domain.enrollment;

/** When a note about a student was taken (E7). */
public enum NoteKind {
    /** The conversation before the course: goals, level, wishes. */
    BEFORE_COURSE,
    /** What the teacher noticed in class. */
    IN_CLASS
}

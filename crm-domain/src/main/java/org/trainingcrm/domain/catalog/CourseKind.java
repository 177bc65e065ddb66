package org.trainingcrm.domain.catalog;

/** Whether a programme is a course (several lessons, often in levels) or a seminar (one event). */
public enum CourseKind {
    COURSE,
    SEMINAR
}

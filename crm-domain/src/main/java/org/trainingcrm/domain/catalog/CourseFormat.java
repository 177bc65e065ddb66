package org.trainingcrm.domain.catalog;

/** How a course is delivered. */
public enum CourseFormat {
    /** In the centre's own rooms. */
    CLASSROOM,
    /** Over the internet. */
    ONLINE,
    /** Partly in a room, partly online. */
    BLENDED,
    /** At the client's premises (corporate training). */
    ON_SITE
}

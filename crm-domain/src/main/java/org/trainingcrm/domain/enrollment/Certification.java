package org.trainingcrm.domain.enrollment;

/** The result of a student's certification at the end of a course (E5). */
public enum Certification {
    PASSED,
    FAILED
}

package org.trainingcrm.domain.enrollment;

/** Who registered a student (E1). */
public enum RegistrationChannel {
    /** The student registered themself. */
    SELF,
    /** Another person (a parent, a colleague) registered the student. */
    ON_BEHALF_OF_PERSON,
    /** A member of staff registered the student, for example over the phone. */
    ON_BEHALF_OF_USER,
    /** A company registered its employee; the paying client may be another company. */
    COMPANY
}

package org.trainingcrm.domain.people;

/** How a guardian is related to the child they answer for (C7). */
public enum GuardianRelation {
    MOTHER,
    FATHER,
    /** A guardian appointed by law or by the family. */
    GUARDIAN,
    GRANDPARENT,
    /** Anyone else the family names: an aunt, an older sibling, a nanny. */
    OTHER
}

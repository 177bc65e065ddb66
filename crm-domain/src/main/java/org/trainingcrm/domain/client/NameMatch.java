package org.trainingcrm.domain.client;

/** How a searched name is matched against client names. */
public enum NameMatch {
    /** The name begins with the text. */
    PREFIX,
    /** The text stands anywhere in the name. */
    CONTAINS
}

package org.trainingcrm.domain.client;

/** Whether a client is a legal entity or a private person. */
public enum ClientKind {
    ORGANISATION,
    PERSON
}

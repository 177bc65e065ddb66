package org.trainingcrm.domain.client;

/** One industry as the dictionary lists it. */
public record IndustryEntry(IndustryId id, String name) {
}

package org.trainingcrm.domain.catalog;

/** One direction as the dictionary lists it. */
public record DirectionEntry(DirectionId id, String name) {
}

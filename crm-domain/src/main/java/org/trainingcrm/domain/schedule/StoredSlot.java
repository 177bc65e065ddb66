package org.trainingcrm.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly slot as a group keeps it: the persistence adapter fills objects field by field,
 * which it cannot do with the final fields of the {@link WeeklySlot} record.
 */
final class StoredSlot {

    private DayOfWeek day;
    private LocalTime startsAt;

    private StoredSlot() {
    }

    static StoredSlot of(WeeklySlot slot) {
        StoredSlot stored = new StoredSlot();
        stored.day = slot.day();
        stored.startsAt = slot.startsAt();
        return stored;
    }

    WeeklySlot slot() {
        return new WeeklySlot(day, startsAt);
    }
}

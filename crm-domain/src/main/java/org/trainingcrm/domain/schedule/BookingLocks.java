package org.trainingcrm.domain.schedule;

import java.util.Collection;
import org.trainingcrm.domain.people.PersonId;

/**
 * Port: serialises bookings of the same rooms and teachers. A booking holds the calendars it
 * is about to check until its transaction ends, so two bookings made at the same moment cannot
 * both find a room free and both take it: the second waits, then sees the first's lessons.
 */
public interface BookingLocks {

    /** Holds the rooms' and the teachers' calendars until the current transaction ends. */
    void hold(Collection<RoomId> rooms, Collection<PersonId> teachers);
}

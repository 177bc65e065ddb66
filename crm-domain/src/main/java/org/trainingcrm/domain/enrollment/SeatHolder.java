package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;

/**
 * Who held a seat and when (E8): a company may send another employee in the seat it booked.
 * A class, not a record: the persistence adapter fills it field by field.
 */
public final class SeatHolder {

    private PersonId person;
    private Instant since;
    private Instant until;

    private SeatHolder() {
    }

    static SeatHolder from(PersonId person, Instant since) {
        SeatHolder holder = new SeatHolder();
        holder.person = person;
        holder.since = since;
        return holder;
    }

    SeatHolder endedAt(Instant at) {
        SeatHolder ended = from(person, since);
        ended.until = at;
        return ended;
    }

    public PersonId person() {
        return person;
    }

    public Instant since() {
        return since;
    }

    /** When the person gave up the seat; empty for the one holding it now. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}

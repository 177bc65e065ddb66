package org.trainingcrm.persistence.schedule;

import java.util.Collection;
import java.util.Comparator;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.BookingLocks;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/**
 * Holds rooms' and teachers' calendars with a row lock on the room and on the teacher's person
 * row, kept until commit. An UPDATE that changes nothing is the one portable way to take such a
 * lock: Derby releases the locks of SELECT ... FOR UPDATE under read committed once the cursor
 * moves on, while an updated row stays locked on Derby and PostgreSQL alike. Rooms come first,
 * then teachers, each in id order, so two bookings never wait for each other in a circle.
 */
public final class JpaBookingLocks implements BookingLocks {

    private final JpaTransactions transactions;

    public JpaBookingLocks(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void hold(Collection<RoomId> rooms, Collection<PersonId> teachers) {
        rooms.stream().sorted(Comparator.comparing(RoomId::value))
                .forEach(room -> touch("UPDATE room SET version = version WHERE id = ?", room.toString()));
        teachers.stream().sorted(Comparator.comparing(PersonId::value))
                .forEach(teacher -> touch("UPDATE person SET version = version WHERE id = ?", teacher.toString()));
    }

    private void touch(String sql, String id) {
        transactions.entityManager().createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}

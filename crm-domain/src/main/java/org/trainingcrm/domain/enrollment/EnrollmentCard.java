package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * An enrollment as the roster and the card show it.
 *
 * @param waitingPosition the place on the waiting list (1 = next to be seated), or 0 when not waiting
 * @param seatHolders who held the seat, the first first
 */
public record EnrollmentCard(EnrollmentId id, long version, GroupId group, CourseId course, PersonId student,
        String studentName, EnrollmentStatus status, long ticket, int waitingPosition, Registration registration,
        Instant requestedAt, Optional<Instant> seatedAt, Optional<Instant> endedAt,
        Optional<WithdrawalReasonId> withdrawalReason, Optional<String> endNote,
        Optional<EnrollmentId> transferredFrom, Optional<EnrollmentId> transferredTo,
        Optional<Certification> certification, List<SeatHolder> seatHolders) {

    public EnrollmentCard {
        seatHolders = List.copyOf(seatHolders);
    }
}

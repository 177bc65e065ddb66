package org.trainingcrm.domain.attendance;

import java.util.Optional;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;

/**
 * A "special" client (E6, R4): registered in the group and never came in the period.
 *
 * @param lessonsMarked how many of the period's lessons with attendance taken marked them absent
 * @param lessonsPaidAhead how many of those marks were prepaid or guaranteed by letter
 */
public record NoShow(EnrollmentId enrollment, PersonId student, String fullName, Optional<ClientId> payer,
        int lessonsMarked, int lessonsPaidAhead) {
}

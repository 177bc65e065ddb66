package org.trainingcrm.domain.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;

/** One line of a group's certificate issue list (E5, D2). */
public record CertificateLine(String number, EnrollmentId enrollment, PersonId student, String fullName,
        String courseTitle, LocalDate issuedOn, Optional<String> finalGrade) {
}

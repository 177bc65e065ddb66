package org.trainingcrm.domain.attendance;

import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.schedule.LessonId;

/** A guest booked on a lesson: a make-up student (with their own enrollment and missed lesson) or a trial. */
public record LessonGuest(VisitId visit, VisitKind kind, PersonId person, String fullName,
        Optional<EnrollmentId> enrollment, Optional<LessonId> missedLesson) {
}

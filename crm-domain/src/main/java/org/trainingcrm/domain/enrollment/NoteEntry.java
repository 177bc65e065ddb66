package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;

/** A note as the student's card lists it. */
public record NoteEntry(UUID id, NoteKind kind, PersonId student, UserId author, Instant writtenAt, String text) {
}

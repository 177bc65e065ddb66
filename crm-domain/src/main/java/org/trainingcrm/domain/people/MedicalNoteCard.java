package org.trainingcrm.domain.people;

import java.time.Instant;
import org.trainingcrm.domain.kernel.UserId;

/**
 * A person's medical note as an allowed user reads it; {@code version} goes back with a change.
 * Its text is restricted: {@link #toString()} leaves it out so it does not reach logs.
 */
public record MedicalNoteCard(PersonId person, String text, Instant writtenAt, UserId writtenBy, long version) {

    @Override
    public String toString() {
        return "MedicalNoteCard[person=" + person + ", version=" + version + ", writtenAt=" + writtenAt + "]";
    }
}

package org.trainingcrm.domain.people;

import java.util.Optional;

/** Port: the medical notes, one per person at most, stored apart from the people themselves. */
public interface MedicalNotes {

    Optional<MedicalNote> of(PersonId person);

    void add(MedicalNote note);

    /** Marks a loaded note as changed; written when the transaction commits. */
    void update(MedicalNote note);

    void remove(MedicalNote note);
}

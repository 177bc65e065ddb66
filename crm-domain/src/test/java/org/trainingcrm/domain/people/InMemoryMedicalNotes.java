package org.trainingcrm.domain.people;

import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The MedicalNotes port in memory. */
public final class InMemoryMedicalNotes extends InMemoryStore<PersonId, MedicalNote> implements MedicalNotes {
    public InMemoryMedicalNotes(InMemoryTransactions transactions) {
        super("medicalNote", MedicalNote::person, transactions);
    }

    @Override
    public Optional<MedicalNote> of(PersonId person) {
        return byId(person);
    }
}

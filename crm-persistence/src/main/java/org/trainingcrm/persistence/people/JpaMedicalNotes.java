package org.trainingcrm.persistence.people;

import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.MedicalNote;
import org.trainingcrm.domain.people.MedicalNotes;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The medical notes in the CRM database, a table apart from the people. */
public final class JpaMedicalNotes extends JpaRepository<MedicalNote, PersonId> implements MedicalNotes {

    public JpaMedicalNotes(JpaTransactions transactions) {
        super(transactions, MedicalNote.class);
    }

    @Override
    public Optional<MedicalNote> of(PersonId person) {
        return byId(person);
    }

    @Override
    public void remove(MedicalNote note) {
        em().remove(note);
    }
}

package org.trainingcrm.domain.people;

import static org.trainingcrm.domain.people.PeoplePermission.MEDICAL_READ;
import static org.trainingcrm.domain.people.PeoplePermission.MEDICAL_WRITE;

import java.util.Optional;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use cases of medical notes, restricted data (C7): only roles granted {@code MEDICAL_READ}
 * read them, only those granted {@code MEDICAL_WRITE} write them, and every read is audited
 * (who read whose notes, when) under the entity type {@value #AUDITED_AS}. The audit keeps who
 * wrote the note and when, never its text.
 */
public final class MedicalNoteService {

    /** The entity type of the audit entries about medical notes; their id is the person's. */
    public static final String AUDITED_AS = "medicalNote";

    private final MedicalNotes notes;
    private final Records<MedicalNote, PersonId> records;
    private final Records<Person, PersonId> people;
    private final UseCases useCases;

    public MedicalNoteService(PeoplePorts ports, UseCases useCases) {
        this.notes = ports.medicalNotes();
        // a person without a note is at version 0, so the first note is written to version 0
        this.records = Records.<MedicalNote, PersonId>shared(AUDITED_AS, notes::of)
                .versioned(note -> note == null ? 0 : note.version())
                .audited(MedicalNoteService::state)
                .savedBy(notes::add, notes::update);
        this.people = PeopleRecords.people(ports);
        this.useCases = useCases;
    }

    /** The person's medical note, if any; the read is audited either way. */
    public Optional<MedicalNoteCard> read(Actor actor, PersonId id) {
        return useCases.read(actor, MEDICAL_READ, uc -> {
            uc.load(people, id);
            Optional<MedicalNote> note = notes.of(id);
            uc.audit("medicalNote.read", AUDITED_AS, id, null, state(note.orElse(null)));
            return note.map(n -> new MedicalNoteCard(n.person(), n.text(), n.writtenAt(), n.writtenBy(),
                    n.version()));
        });
    }

    /**
     * Writes the person's medical note, replacing the one read.
     *
     * @param expectedVersion the version of the note the user edited, 0 when there was none
     * @throws ConcurrentChange when someone changed the note since
     */
    public void write(Actor actor, PersonId id, long expectedVersion, String text) {
        useCases.perform(actor, MEDICAL_WRITE, uc -> {
            uc.load(people, id);
            Optional<MedicalNote> existing = notes.of(id);
            uc.expectVersion(records, existing.orElse(null), id, expectedVersion);
            if (existing.isPresent()) {
                uc.apply(records, existing.get(), id, "medicalNote.write",
                        note -> note.rewrite(text, actor.user(), uc.now()));
            } else {
                uc.add(records, new MedicalNote(id, text, actor.user(), uc.now()), id, "medicalNote.write");
            }
        });
    }

    /** Removes the person's medical note. */
    public void clear(Actor actor, PersonId id, long expectedVersion) {
        useCases.perform(actor, MEDICAL_WRITE, uc -> {
            uc.load(people, id);
            MedicalNote existing = uc.load(records, id);
            uc.expectVersion(records, existing, id, expectedVersion);
            notes.remove(existing);
            uc.audit("medicalNote.clear", AUDITED_AS, id, state(existing), null);
        });
    }

    /** What the audit keeps of a note: who wrote it and when; the text stays restricted. */
    private static AuditState state(MedicalNote note) {
        return new AuditState().with("writtenBy", note == null ? null : note.writtenBy())
                .with("writtenAt", note == null ? null : note.writtenAt());
    }
}

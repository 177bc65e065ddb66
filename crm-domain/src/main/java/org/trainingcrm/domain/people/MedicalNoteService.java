package org.trainingcrm.domain.people;

import java.time.Clock;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

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
    private final VisiblePeople visible;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public MedicalNoteService(MedicalNotes notes, People people, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.notes = notes;
        this.visible = new VisiblePeople(people, access);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's medical note, if any; the read is audited either way. */
    public Optional<MedicalNoteCard> read(Actor actor, PersonId id) {
        return transactions.inTransaction(() -> {
            Person person = visible.require(actor, PeoplePermission.MEDICAL_READ, id);
            Optional<MedicalNote> note = notes.of(person.id());
            audit.record(new AuditEntry(clock.instant(), actor.user(), "medicalNote.read", AUDITED_AS, id, null,
                    state(note.orElse(null))));
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
        transactions.run(() -> {
            Person person = visible.require(actor, PeoplePermission.MEDICAL_WRITE, id);
            Optional<MedicalNote> existing = notes.of(person.id());
            requireVersion(id, existing, expectedVersion);
            AuditState before = existing.map(MedicalNoteService::state).orElse(null);
            MedicalNote note;
            if (existing.isPresent()) {
                note = existing.get();
                note.rewrite(text, actor.user(), clock.instant());
                notes.update(note);
            } else {
                note = new MedicalNote(person.id(), text, actor.user(), clock.instant());
                notes.add(note);
            }
            audit.record(new AuditEntry(clock.instant(), actor.user(), "medicalNote.write", AUDITED_AS, id, before,
                    state(note)));
        });
    }

    /** Removes the person's medical note. */
    public void clear(Actor actor, PersonId id, long expectedVersion) {
        transactions.run(() -> {
            Person person = visible.require(actor, PeoplePermission.MEDICAL_WRITE, id);
            Optional<MedicalNote> existing = notes.of(person.id());
            if (existing.isEmpty()) {
                throw new NotFound(AUDITED_AS, id);
            }
            requireVersion(id, existing, expectedVersion);
            notes.remove(existing.get());
            audit.record(new AuditEntry(clock.instant(), actor.user(), "medicalNote.clear", AUDITED_AS, id,
                    state(existing.get()), null));
        });
    }

    private static void requireVersion(PersonId id, Optional<MedicalNote> existing, long expectedVersion) {
        long stored = existing.map(MedicalNote::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new ConcurrentChange(AUDITED_AS, id,
                    "edited version " + expectedVersion + " but the stored one is " + stored);
        }
    }

    /** What the audit keeps of a note: who wrote it and when; the text stays restricted. */
    private static AuditState state(MedicalNote note) {
        return new AuditState().with("writtenBy", note == null ? null : note.writtenBy())
                .with("writtenAt", note == null ? null : note.writtenAt());
    }
}

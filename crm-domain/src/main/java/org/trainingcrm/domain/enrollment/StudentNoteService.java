package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

/** Notes before the course and in class per student (E7); the author is the acting user. */
public final class StudentNoteService {

    private final Enrollments enrollments;
    private final StudentNotes notes;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public StudentNoteService(Enrollments enrollments, StudentNotes notes, AccessPolicy access,
            Transactions transactions, AuditLog audit, Clock clock) {
        this.enrollments = enrollments;
        this.notes = notes;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes a note about the student of the enrollment. */
    public UUID write(Actor actor, EnrollmentId id, NoteKind kind, String text) {
        return transactions.inTransaction(() -> {
            Enrollment enrollment = visible(actor, EnrollmentPermission.ENROLLMENT_WRITE, id);
            StudentNote note = new StudentNote(enrollment, kind, text, actor.user(), clock.instant());
            notes.add(note);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "note.write", "enrollment", id, null,
                    new AuditState().with("kind", kind).with("student", note.student()).with("text", note.text())));
            return note.id();
        });
    }

    /** The enrollment's notes, oldest first. */
    public List<NoteEntry> of(Actor actor, EnrollmentId id) {
        return transactions.inTransaction(() -> {
            visible(actor, EnrollmentPermission.ENROLLMENT_READ, id);
            return notes.ofEnrollment(id).stream()
                    .sorted(Comparator.comparing(StudentNote::writtenAt).thenComparing(StudentNote::id))
                    .map(n -> new NoteEntry(n.id(), n.kind(), n.student(), n.author(), n.writtenAt(), n.text()))
                    .toList();
        });
    }

    private Enrollment visible(Actor actor, Permission permission, EnrollmentId id) {
        access.require(actor, permission);
        Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new NotFound("enrollment", id));
        access.require(actor, permission, enrollment.branch());
        return enrollment;
    }
}

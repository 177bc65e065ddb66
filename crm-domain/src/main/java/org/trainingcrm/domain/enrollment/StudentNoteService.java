package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_WRITE;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCases;

/** Notes before the course and in class per student (E7); the author is the acting user. */
public final class StudentNoteService {

    private final Records<Enrollment, EnrollmentId> enrollments;
    private final StudentNotes notes;
    private final UseCases useCases;

    public StudentNoteService(EnrollmentPorts ports, UseCases useCases) {
        this.enrollments = EnrollmentRecords.enrollments(ports);
        this.notes = ports.studentNotes();
        this.useCases = useCases;
    }

    /** Writes a note about the student of the enrollment. */
    public UUID write(Actor actor, EnrollmentId id, NoteKind kind, String text) {
        return useCases.change(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollments, id);
            StudentNote note = new StudentNote(enrollment, kind, text, actor.user(), uc.now());
            notes.add(note);
            // audited under the enrollment: a note is part of the student's file there
            uc.audit("note.write", "enrollment", id, null,
                    new AuditState().with("kind", kind).with("student", note.student()).with("text", note.text()));
            return note.id();
        });
    }

    /** The enrollment's notes, oldest first. */
    public List<NoteEntry> of(Actor actor, EnrollmentId id) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            uc.load(enrollments, id);
            return notes.ofEnrollment(id).stream()
                    .sorted(Comparator.comparing(StudentNote::writtenAt).thenComparing(StudentNote::id))
                    .map(n -> new NoteEntry(n.id(), n.kind(), n.student(), n.author(), n.writtenAt(), n.text()))
                    .toList();
        });
    }
}

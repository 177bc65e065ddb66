package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.Ids;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.schedule.GroupId;

/** A note about a student in a group (E7): before the course or in class; who wrote it, when, what. */
public class StudentNote {

    /** The longest note, in characters. */
    public static final int MAX_LENGTH = 4000;

    private UUID id;
    private EnrollmentId enrollment;
    private GroupId group;
    private PersonId student;
    private NoteKind kind;
    private UserId author;
    private Instant writtenAt;
    private String text;

    protected StudentNote() {
    }

    public StudentNote(Enrollment enrollment, NoteKind kind, String text, UserId author, Instant writtenAt) {
        if (kind == null) {
            throw new InvalidValue("note.kind", null, "is required");
        }
        this.id = Ids.timeOrdered();
        this.enrollment = enrollment.id();
        this.group = enrollment.group();
        this.student = enrollment.student();
        this.kind = kind;
        this.text = Text.required("note.text", text, MAX_LENGTH);
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public UUID id() {
        return id;
    }

    public EnrollmentId enrollment() {
        return enrollment;
    }

    public GroupId group() {
        return group;
    }

    /** The student the note is about (the seat's holder when it was written). */
    public PersonId student() {
        return student;
    }

    public NoteKind kind() {
        return kind;
    }

    public UserId author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}

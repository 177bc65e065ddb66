package org.trainingcrm.domain.people;

import java.time.Instant;
import java.util.Objects;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * What the centre must know of a person's health (allergies, conditions, what to do in an
 * emergency): restricted data, kept apart from the person so that only those allowed ever load it.
 */
public class MedicalNote {

    public static final int MAX_LENGTH = 4000;

    // a refused note is reported by its length: the text is restricted and errors reach logs
    private static final String FIELD = "medicalNote.text";

    private PersonId person;
    private String text;
    private Instant writtenAt;
    private UserId writtenBy;
    private long version;

    protected MedicalNote() {
    }

    public MedicalNote(PersonId person, String text, UserId writtenBy, Instant writtenAt) {
        this.person = Objects.requireNonNull(person, "person");
        rewrite(text, writtenBy, writtenAt);
    }

    /**
     * Replaces the text; a note is never blank (clear it instead).
     *
     * @throws InvalidValue under {@code medicalNote.text}, giving the text's length, never the text
     */
    public void rewrite(String newText, UserId by, Instant at) {
        String trimmed = newText == null ? "" : newText.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            throw new InvalidValue(FIELD, newText == null ? null : "<blank>", "is required; clear the note instead");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValue(FIELD, "<" + length + " characters>",
                    "is longer than " + MAX_LENGTH + " characters");
        }
        text = trimmed;
        writtenBy = Objects.requireNonNull(by, "writtenBy");
        writtenAt = Objects.requireNonNull(at, "writtenAt");
    }

    public PersonId person() {
        return person;
    }

    public String text() {
        return text;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public UserId writtenBy() {
        return writtenBy;
    }

    public long version() {
        return version;
    }

    /** Never the text: a note may end up in a log or an error message. */
    @Override
    public String toString() {
        return "medical note of " + person + " (version " + version + ")";
    }
}

package org.trainingcrm.domain.people;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a person: a contact, a student, a teacher; one person may serve several clients. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(Ids.timeOrdered());
    }

    public static PersonId of(String text) {
        return new PersonId(Ids.parse("personId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

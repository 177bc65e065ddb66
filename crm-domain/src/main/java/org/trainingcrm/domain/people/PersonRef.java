package org.trainingcrm.domain.people;

import org.trainingcrm.domain.client.Person;
import org.trainingcrm.domain.client.PersonId;

/** A person named in a list: their id and full name. */
public record PersonRef(PersonId id, String fullName) {

    public static PersonRef of(Person person) {
        return new PersonRef(person.id(), person.fullName());
    }
}

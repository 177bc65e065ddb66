package org.trainingcrm.domain.people;


/** A person named in a list: their id and full name. */
public record PersonRef(PersonId id, String fullName) {

    public static PersonRef of(Person person) {
        return new PersonRef(person.id(), person.fullName());
    }
}

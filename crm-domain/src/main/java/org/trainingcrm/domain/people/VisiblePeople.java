package org.trainingcrm.domain.people;

import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.NotFound;

/**
 * The people an actor may see: a person registered by a branch is seen within that branch's
 * scope; a person known only as a client's contact belongs to no branch and is seen by all.
 */
final class VisiblePeople {

    private final People people;
    private final AccessPolicy access;

    VisiblePeople(People people, AccessPolicy access) {
        this.people = people;
        this.access = access;
    }

    /** The person, after checking the permission for their branch; NotFound when there is none. */
    Person require(Actor actor, Permission permission, PersonId id) {
        access.require(actor, permission);
        Person person = people.byId(id).orElseThrow(() -> new NotFound("person", id));
        person.branch().ifPresent(branch -> access.require(actor, permission, branch));
        return person;
    }

    /** The person when they exist and the actor's scope includes them. */
    Optional<Person> find(Actor actor, PersonId id) {
        return people.byId(id).filter(person -> sees(actor, person));
    }

    boolean sees(Actor actor, Person person) {
        return person.branch().map(access.scopeOf(actor)::includes).orElse(true);
    }
}

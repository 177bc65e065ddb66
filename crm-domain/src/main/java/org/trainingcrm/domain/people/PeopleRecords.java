package org.trainingcrm.domain.people;

import org.trainingcrm.domain.kernel.Records;

/**
 * How the people's use cases hand their records to the use-case template. A person registered
 * by a branch is seen within that branch's scope; a person known only as a client's contact
 * belongs to no branch and is seen by all.
 */
public final class PeopleRecords {

    private PeopleRecords() {
    }

    /** People, each in their branch's scope when they have one. */
    public static Records<Person, PersonId> people(PeoplePorts ports) {
        return Records.ofOptionalBranch("person", ports.people()::byId, Person::branch)
                .versioned(Person::version).audited(Person::auditState)
                .savedBy(ports.people()::add, ports.people()::update);
    }
}

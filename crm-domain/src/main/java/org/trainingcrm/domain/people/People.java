package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;

/** Port: the people the centre knows. */
public interface People {

    Optional<Person> byId(PersonId id);

    List<Person> byIds(Collection<PersonId> ids);

    void add(Person person);

    /** Marks a loaded person as changed; written when the transaction commits. */
    void update(Person person);

    /**
     * Up to limit people whose name's search form starts with the key, ordered by it: those of
     * the branches in scope and those of no branch (clients' contacts).
     */
    List<Person> byNamePrefix(String keyPrefix, BranchScope scope, int limit);

    /** The people the given person is a parent or guardian of. */
    List<Person> wardsOf(PersonId guardian);
}

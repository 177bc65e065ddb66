package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;

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

    /**
     * One page of the people whose name's search form starts with the key (every one for an
     * empty key), of the branches in scope and of no branch, by full name in the given order
     * (its stored sort key) and then by id; with the count of them all. Reads names, not people.
     */
    Page<PersonRef> find(BranchScope scope, String keyPrefix, PageRequest page, SortLocale order);

    /** The people the given person is a parent or guardian of. */
    List<Person> wardsOf(PersonId guardian);
}

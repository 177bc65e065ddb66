package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.SortedPages;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.kernel.BranchScope;

/** The People port in memory. */
public final class InMemoryPeople extends InMemoryStore<PersonId, Person> implements People {
    public InMemoryPeople(InMemoryTransactions transactions) {
        super("person", Person::id, transactions);
    }

    @Override
    public List<Person> byIds(Collection<PersonId> ids) {
        return ids.stream().map(this::byId).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Person> byNamePrefix(String keyPrefix, BranchScope scope, int limit) {
        return stream().filter(p -> p.nameKey().startsWith(keyPrefix))
                .filter(p -> p.branch().map(scope::includes).orElse(true))
                .sorted(Comparator.comparing(Person::nameKey)).limit(limit).toList();
    }

    @Override
    public Page<PersonRef> find(BranchScope scope, String keyPrefix, PageRequest page, SortLocale order) {
        List<Person> sorted = stream().filter(p -> p.nameKey().startsWith(keyPrefix))
                .filter(p -> p.branch().map(scope::includes).orElse(true))
                .sorted(SortedPages.thenById(SortedPages.byKeys(Person::nameSort, order), Person::id)).toList();
        return SortedPages.page(sorted, page, PersonRef::of);
    }

    @Override
    public List<Person> wardsOf(PersonId guardian) {
        return stream().filter(p -> p.guardian(guardian).isPresent()).toList();
    }
}

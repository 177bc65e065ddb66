package org.trainingcrm.persistence.people;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.PersonRef;
import org.trainingcrm.persistence.jpa.NativeSearch;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The people in the CRM database. */
public final class JpaPeople extends JpaRepository<Person, PersonId> implements People {

    /** Ids per IN list; well under the parameter limits of Derby and PostgreSQL. */
    private static final int CHUNK = 500;

    public JpaPeople(JpaTransactions transactions) {
        super(transactions, Person.class);
    }

    /**
     * Writes the person at once: contacts refer to people by id only, so EclipseLink cannot
     * know to insert the person before a client's contact rows that reference it.
     */
    @Override
    public void add(Person person) {
        super.add(person);
        em().flush();
    }

    @Override
    public List<Person> byIds(Collection<PersonId> ids) {
        List<PersonId> all = List.copyOf(ids);
        List<Person> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em().createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    @Override
    public List<Person> byNamePrefix(String keyPrefix, BranchScope scope, int limit) {
        String jpql = "select p from Person p where p.nameKey like :prefix escape '\\'"
                + (scope.only().isPresent() ? " and (p.branch is null or p.branch = :branch)" : "")
                + " order by p.nameKey";
        TypedQuery<Person> query = em().createQuery(jpql, Person.class)
                .setParameter("prefix", NativeSearch.escaped(keyPrefix) + "%").setMaxResults(limit);
        scope.only().ifPresent(branch -> query.setParameter("branch", branch));
        return query.getResultList();
    }

    @Override
    public Page<PersonRef> find(BranchScope scope, String keyPrefix, PageRequest page, SortLocale order) {
        NativeSearch search = new NativeSearch("SELECT p.id, p.full_name", "FROM person p");
        if (!keyPrefix.isEmpty()) {
            search.and("p.name_key LIKE ? ESCAPE '\\'", NativeSearch.escaped(keyPrefix) + "%");
        }
        scope.only().ifPresent(branch -> search.and("(p.branch_id IS NULL OR p.branch_id = ?)", branch.toString()));
        return search.page(em(), "p.name_sort_" + order.column() + ", p.id", page,
                row -> new PersonRef(PersonId.of(NativeSearch.text(row[0])), (String) row[1]));
    }

    @Override
    public List<Person> wardsOf(PersonId guardian) {
        return em().createQuery("select distinct p from Person p join p.guardians g where g.guardian = :guardian",
                Person.class).setParameter("guardian", guardian).getResultList();
    }
}

package org.trainingcrm.persistence.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.trainingcrm.domain.client.People;
import org.trainingcrm.domain.client.Person;
import org.trainingcrm.domain.client.PersonId;

/** The people in the CRM database. */
public final class JpaPeople extends JpaRepository<Person, PersonId> implements People {

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
        List<Person> found = new ArrayList<>(ids.size());
        for (PersonId id : ids) {
            byId(id).ifPresent(found::add);
        }
        return found;
    }
}

package org.trainingcrm.domain.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the people the centre knows. */
public interface People {

    Optional<Person> byId(PersonId id);

    List<Person> byIds(Collection<PersonId> ids);

    void add(Person person);
}

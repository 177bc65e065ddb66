package org.trainingcrm.domain.enrollment;

import java.util.Collection;
import java.util.List;
import org.trainingcrm.domain.people.PersonId;

/** Port: the levels people finished. */
public interface Promotions {

    void add(Promotion promotion);

    /** Every level the people finished, in no particular order. */
    List<Promotion> ofPeople(Collection<PersonId> people);
}

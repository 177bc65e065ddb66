package org.trainingcrm.domain.people;

import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use case: page through the people the centre knows (C7), by the beginning of their name, within
 * the branches the user may see and among clients' contacts, who belong to no branch. The store
 * counts, sorts and cuts the page; sorted in the user's locale by the stored sort keys.
 */
public final class PeopleSearchService {

    private final People people;
    private final UseCases useCases;

    public PeopleSearchService(PeoplePorts ports, UseCases useCases) {
        this.people = ports.people();
        this.useCases = useCases;
    }

    /** One page of the people that match, sorted by full name in the actor's locale. */
    public Page<PersonRef> find(Actor actor, PeopleQuery query) {
        return useCases.read(actor, PeoplePermission.PEOPLE_READ, uc -> people.find(uc.scope(),
                SearchKey.of(query.name()), query.page(), SortLocale.of(uc.actor().locale())));
    }
}

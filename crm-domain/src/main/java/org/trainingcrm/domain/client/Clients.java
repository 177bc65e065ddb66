package org.trainingcrm.domain.client;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.people.PersonId;

/** Port: the client base. */
public interface Clients {

    Optional<Client> byId(ClientId id);

    void add(Client client);

    /** Marks a loaded client as changed; the change is written when the transaction commits. */
    void update(Client client);

    /**
     * One page of the clients that meet the criteria, by short name in the given order (its
     * stored sort key, see {@link SortLocale}) and then by id, with the count of them all.
     */
    Page<ClientListing> find(ClientCriteria criteria, PageRequest page, SortLocale order);

    /** The clients at which the person is a contact. */
    List<ClientListing> withContact(PersonId person);
}

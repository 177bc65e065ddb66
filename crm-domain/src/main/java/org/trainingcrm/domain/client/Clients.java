package org.trainingcrm.domain.client;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;

/** Port: the client base. */
public interface Clients {

    Optional<Client> byId(ClientId id);

    void add(Client client);

    /** Marks a loaded client as changed; the change is written when the transaction commits. */
    void update(Client client);

    /** Every client that meets the criteria, in no particular order. */
    List<ClientListing> find(ClientCriteria criteria);

    /** The clients at which the person is a contact. */
    List<ClientListing> withContact(PersonId person);
}

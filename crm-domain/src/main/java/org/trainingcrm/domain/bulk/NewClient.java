package org.trainingcrm.domain.bulk;

import java.util.List;
import java.util.Map;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.client.ClientForm;

/** One row of a bulk load: a client card, its contacts and its responsible managers. */
public record NewClient(ClientForm client, List<NewContact> contacts, Map<ServiceLine, UserId> managers) {

    public NewClient {
        contacts = List.copyOf(contacts);
        managers = Map.copyOf(managers);
    }
}

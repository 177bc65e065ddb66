package org.trainingcrm.domain.bulk;

import java.util.List;
import org.trainingcrm.domain.assignment.ManagerAssignment;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.people.Person;

/** Checked new records that are written together, in one transaction. */
public record ClientBatch(List<Client> clients, List<Person> people, List<ManagerAssignment> assignments) {

    public ClientBatch {
        clients = List.copyOf(clients);
        people = List.copyOf(people);
        assignments = List.copyOf(assignments);
    }
}

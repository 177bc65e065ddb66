package org.trainingcrm.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.bulk.NewClient;
import org.trainingcrm.domain.bulk.NewContact;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientProfile;
import org.trainingcrm.domain.client.Contact;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;

/**
 * Rows already in the form the CRM stores them (E.164 phones, normalised tax ids, search keys,
 * name suffixes and sort keys), for the raw JDBC side. Made once, outside the measurement, by the CRM's own
 * checks, so both sides write exactly the same column values.
 */
record PreparedRows(String branch, List<PreparedClient> clients) {

    PreparedRows {
        clients = List.copyOf(clients);
    }

    /** One client's columns and those of its dependent rows. */
    record PreparedClient(String kind, String shortName, String fullName, String nameKey, String address,
            String taxCountry, String taxId, String phone, String fax, String email, String website,
            List<String> nameSuffixes, SortKeys nameSort, List<PreparedContact> contacts,
            List<PreparedManager> managers) {
    }

    /** A contact person's columns and their role's columns. */
    record PreparedContact(String fullName, String nameKey, SortKeys nameSort, String personPhone, String personEmail,
            String position, String positionKey, String phone, String email, String notes) {
    }

    /** A manager assignment's columns. */
    record PreparedManager(String serviceLine, String manager) {
    }

    static PreparedRows of(List<NewClient> rows, BranchId branch, String region) {
        List<PreparedClient> clients = new ArrayList<>(rows.size());
        for (NewClient row : rows) {
            clients.add(prepared(row, branch, region));
        }
        return new PreparedRows(branch.toString(), clients);
    }

    /** Rows in every table per client, on average: what a "row" of the raw throughput is. */
    double rowsPerClient() {
        long rows = 0;
        for (PreparedClient c : clients) {
            rows += 1 + c.nameSuffixes().size() + 2L * c.contacts().size() + c.managers().size();
        }
        return (double) rows / clients.size();
    }

    private static PreparedClient prepared(NewClient row, BranchId branch, String region) {
        ClientProfile profile = row.client().validate(region);
        Client client = new Client(ClientId.newId(), branch, profile, Instant.EPOCH);
        List<PreparedContact> contacts = new ArrayList<>();
        for (NewContact contact : row.contacts()) {
            Person person = contact.person().validate(PersonId.newId(), region);
            Contact role = contact.role().validate(person.id(), region);
            contacts.add(new PreparedContact(person.fullName(), person.nameKey(), person.nameSort(), person.phone(),
                    person.email(),
                    role.position(), role.positionKey(), role.phone(), role.email(), role.notes()));
        }
        List<PreparedManager> managers = new ArrayList<>();
        for (Map.Entry<ServiceLine, UserId> manager : row.managers().entrySet()) {
            managers.add(new PreparedManager(manager.getKey().code(), manager.getValue().toString()));
        }
        return new PreparedClient(profile.kind().name(), client.shortName(), profile.fullName(), client.nameKey(),
                profile.address(), profile.taxId() == null ? null : profile.taxId().country().code(),
                profile.taxId() == null ? null : profile.taxId().value(),
                profile.phone() == null ? null : profile.phone().e164(),
                profile.fax() == null ? null : profile.fax().e164(),
                profile.email() == null ? null : profile.email().value(), profile.website(),
                client.nameSuffixes(), client.nameSort(), contacts, managers);
    }
}

package org.trainingcrm.domain.bulk;

import static org.trainingcrm.domain.bulk.BulkPermission.CLIENT_BULK_LOAD;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.access.Users;
import org.trainingcrm.domain.assignment.AssignmentId;
import org.trainingcrm.domain.assignment.ManagerAssignment;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.client.ClientProfile;
import org.trainingcrm.domain.client.Industries;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;

/**
 * Use case: load many clients with their contacts and managers at once (the demo, imports).
 * Every row is checked as a single registration would be; each batch is checked and written
 * through the {@link ClientBatches} port in one use case, so it commits atomically with one
 * audit entry, and a refused row leaves its batch unwritten.
 */
public final class BulkLoadService {

    private final ClientBatches writer;
    private final Records<Branch, BranchId> branches;
    private final Industries industries;
    private final Users users;
    private final UseCases useCases;

    public BulkLoadService(BulkPorts ports, BranchPorts branch, ClientPorts client, AccessPorts access,
            UseCases useCases) {
        this.writer = ports.batches();
        // shared: the branch's scope is checked by its id before the lookup, as a load into it needs
        this.branches = Records.shared("branch", branch.branches()::byId);
        this.industries = client.industries();
        this.users = access.users();
        this.useCases = useCases;
    }

    /**
     * Loads the rows into the branch in batches of the given size. A refused row stops the load
     * with an error naming the row ({@code rows[17].client.taxId}); batches written before it stay.
     */
    public BulkLoadReport load(Actor actor, BranchId branchId, Iterable<NewClient> rows, int batchSize) {
        Branch branch = useCases.read(actor, CLIENT_BULK_LOAD, uc -> {
            if (batchSize < 1) {
                throw new InvalidValue("bulkLoad.batchSize", batchSize, "must be at least 1");
            }
            uc.requireBranch(branchId);
            return uc.load(branches, branchId);
        });
        Set<Object> known = new HashSet<>();
        BulkLoadReport written = new BulkLoadReport(0, 0, 0, 0);
        List<NewClient> chunk = new ArrayList<>(batchSize);
        int first = 0;
        for (NewClient row : rows) {
            chunk.add(row);
            if (chunk.size() == batchSize) {
                written = written.plus(write(actor, branch, chunk, first, known));
                first += chunk.size();
                chunk = new ArrayList<>(batchSize);
            }
        }
        if (!chunk.isEmpty()) {
            written = written.plus(write(actor, branch, chunk, first, known));
        }
        return written;
    }

    /** Checks the rows (numbered from first) and writes them as one batch with one audit entry. */
    private ClientBatch write(Actor actor, Branch branch, List<NewClient> rows, int first, Set<Object> known) {
        return useCases.change(actor, CLIENT_BULK_LOAD, uc -> {
            uc.requireBranch(branch.id());
            Batch batch = new Batch();
            int row = first;
            for (NewClient newClient : rows) {
                String where = "rows[" + row++ + "]";
                try {
                    batch.add(checked(uc, newClient, branch, known));
                } catch (InvalidValue refused) {
                    throw refused.under(where);
                } catch (InvalidValues refused) {
                    throw new InvalidValues(refused.refusals().stream().map(r -> r.under(where)).toList());
                }
            }
            ClientBatch written = new ClientBatch(batch.clients, batch.people, batch.assignments);
            writer.write(written);
            uc.audit("client.bulkLoad", "branch", branch.id(), null,
                    new AuditState().with("clients", written.clients().size())
                            .with("people", written.people().size())
                            .with("firstClient", written.clients().get(0).id())
                            .with("lastClient", written.clients().get(written.clients().size() - 1).id()));
            return written;
        });
    }

    private Batch checked(UseCase uc, NewClient row, Branch branch, Set<Object> known) {
        ClientProfile profile = row.client().validate(branch.region());
        if (profile.industry() != null && !known.contains(profile.industry())) {
            if (industries.byId(profile.industry()).isEmpty()) {
                throw new InvalidValue("client.industry", profile.industry(), "no such industry in the dictionary");
            }
            known.add(profile.industry());
        }
        Client client = new Client(ClientId.newId(), branch.id(), profile, uc.now());
        Batch one = new Batch();
        for (NewContact contact : row.contacts()) {
            Person person = contact.person().validate(PersonId.newId(), branch.region());
            client.addContact(contact.role().validate(person.id(), branch.region()));
            one.people.add(person);
        }
        for (Map.Entry<ServiceLine, UserId> manager : row.managers().entrySet()) {
            requireManager(manager.getValue(), known);
            one.assignments.add(new ManagerAssignment(AssignmentId.newId(), client.id(), manager.getKey(),
                    manager.getValue(), uc.now(), null, null));
        }
        one.clients.add(client);
        return one;
    }

    private void requireManager(UserId manager, Set<Object> known) {
        if (known.contains(manager)) {
            return;
        }
        if (!users.byId(manager).map(u -> u.has(Role.MANAGER)).orElse(false)) {
            throw new InvalidValue("managers", manager, "is not a user with the manager role");
        }
        known.add(manager);
    }

    /** Rows gathered for the next write. */
    private static final class Batch {
        final List<Client> clients = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final List<ManagerAssignment> assignments = new ArrayList<>();

        void add(Batch other) {
            clients.addAll(other.clients);
            people.addAll(other.people);
            assignments.addAll(other.assignments);
        }
    }
}

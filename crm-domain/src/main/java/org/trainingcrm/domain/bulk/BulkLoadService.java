package org.trainingcrm.domain.bulk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.access.Users;
import org.trainingcrm.domain.assignment.AssignmentId;
import org.trainingcrm.domain.assignment.ManagerAssignment;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientProfile;
import org.trainingcrm.domain.client.Industries;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use case: load many clients with their contacts and managers at once (the demo, imports).
 * Every row is checked as a single registration would be; each batch is written through the
 * {@link ClientBatches} port and commits atomically with one audit entry.
 */
public final class BulkLoadService {

    private final ClientBatches writer;
    private final Branches branches;
    private final Industries industries;
    private final Users users;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public BulkLoadService(ClientBatches writer, Branches branches, Industries industries, Users users,
            AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.writer = writer;
        this.branches = branches;
        this.industries = industries;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Loads the rows into the branch in batches of the given size. A refused row stops the load
     * with an error naming the row ({@code rows[17].client.taxId}); batches written before it stay.
     */
    public BulkLoadReport load(Actor actor, BranchId branchId, Iterable<NewClient> rows, int batchSize) {
        if (batchSize < 1) {
            throw new InvalidValue("bulkLoad.batchSize", batchSize, "must be at least 1");
        }
        Branch branch = transactions.inTransaction(() -> {
            access.require(actor, BulkPermission.CLIENT_BULK_LOAD, branchId);
            return branches.byId(branchId).orElseThrow(() -> new NotFound("branch", branchId));
        });
        Set<Object> known = new HashSet<>();
        Batch batch = new Batch();
        BulkLoadReport written = new BulkLoadReport(0, 0, 0, 0);
        int row = 0;
        for (NewClient newClient : rows) {
            String where = "rows[" + row++ + "]";
            try {
                batch.add(checked(newClient, branch, known));
            } catch (InvalidValue refused) {
                throw refused.under(where);
            } catch (InvalidValues refused) {
                throw new InvalidValues(refused.refusals().stream().map(r -> r.under(where)).toList());
            }
            if (batch.clients.size() == batchSize) {
                written = written.plus(write(actor, branchId, batch));
                batch = new Batch();
            }
        }
        if (!batch.clients.isEmpty()) {
            written = written.plus(write(actor, branchId, batch));
        }
        return written;
    }

    private Batch checked(NewClient row, Branch branch, Set<Object> known) {
        Instant now = clock.instant();
        ClientProfile profile = row.client().validate(branch.region());
        if (profile.industry() != null && !known.contains(profile.industry())) {
            boolean exists = transactions.inTransaction(() -> industries.byId(profile.industry()).isPresent());
            if (!exists) {
                throw new InvalidValue("client.industry", profile.industry(), "no such industry in the dictionary");
            }
            known.add(profile.industry());
        }
        Client client = new Client(ClientId.newId(), branch.id(), profile, now);
        Batch one = new Batch();
        for (NewContact contact : row.contacts()) {
            Person person = contact.person().validate(PersonId.newId(), branch.region());
            client.addContact(contact.role().validate(person.id(), branch.region()));
            one.people.add(person);
        }
        for (Map.Entry<ServiceLine, UserId> manager : row.managers().entrySet()) {
            requireManager(manager.getValue(), known);
            one.assignments.add(new ManagerAssignment(AssignmentId.newId(), client.id(), manager.getKey(),
                    manager.getValue(), now, null, null));
        }
        one.clients.add(client);
        return one;
    }

    private void requireManager(UserId manager, Set<Object> known) {
        if (known.contains(manager)) {
            return;
        }
        boolean isManager = transactions.inTransaction(
                () -> users.byId(manager).map(u -> u.has(Role.MANAGER)).orElse(false));
        if (!isManager) {
            throw new InvalidValue("managers", manager, "is not a user with the manager role");
        }
        known.add(manager);
    }

    private ClientBatch write(Actor actor, BranchId branchId, Batch batch) {
        ClientBatch written = new ClientBatch(batch.clients, batch.people, batch.assignments);
        transactions.run(() -> {
            access.require(actor, BulkPermission.CLIENT_BULK_LOAD, branchId);
            writer.write(written);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "client.bulkLoad", "branch", branchId, null,
                    new AuditState().with("clients", written.clients().size())
                            .with("people", written.people().size())
                            .with("firstClient", written.clients().get(0).id())
                            .with("lastClient", written.clients().get(written.clients().size() - 1).id())));
        });
        return written;
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

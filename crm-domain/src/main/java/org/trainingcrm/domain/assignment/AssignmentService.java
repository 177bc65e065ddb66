package org.trainingcrm.domain.assignment;

import static org.trainingcrm.domain.assignment.AssignmentPermission.CLIENT_REASSIGN;
import static org.trainingcrm.domain.client.ClientPermission.CLIENT_READ;
import static org.trainingcrm.domain.client.ClientPermission.CLIENT_WRITE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.UserId;

/**
 * Use cases of responsible managers (C6): one manager per client per service line, the base
 * redistributed in bulk with its full history, and a redistribution undone in one call.
 */
public final class AssignmentService {

    private final Assignments assignments;
    private final Reassignments reassignments;
    private final Clients clients;
    private final Records<Client, ClientId> clientRecords;
    private final Records<Reassignment, ReassignmentId> reassignmentRecords;
    private final Records<User, UserId> users;
    private final UseCases useCases;

    public AssignmentService(AssignmentPorts ports, ClientPorts client, AccessPorts access, UseCases useCases) {
        this.assignments = ports.assignments();
        this.reassignments = ports.reassignments();
        this.clients = client.clients();
        this.clientRecords = Records.of("client", clients::byId, Client::branch);
        // a redistribution spans branches: each of its clients is checked as it is loaded
        this.reassignmentRecords = Records.shared("reassignment", reassignments::byId);
        // managers of any branch may be made responsible, as before the template
        this.users = Records.shared("user", access.users()::byId);
        this.useCases = useCases;
    }

    /**
     * Makes the manager responsible for the client on the line. Taking an unassigned client
     * needs the right to edit clients; taking one from a colleague needs the right to reassign.
     */
    public void assign(Actor actor, ClientId clientId, ServiceLine line, UserId manager) {
        useCases.perform(actor, CLIENT_WRITE, uc -> {
            Client client = uc.load(clientRecords, clientId);
            requireManager(uc, manager);
            Optional<ManagerAssignment> current = assignments.current(clientId, line);
            if (current.isPresent()) {
                uc.require(CLIENT_REASSIGN, client.branch());
            }
            handOver(uc, clientId, line, manager, current, null);
        });
    }

    /**
     * Hands many clients at once to one manager on the line; clients already with that manager
     * are left as they are. Returns the id that {@link #restore} takes.
     */
    public ReassignmentId reassign(Actor actor, Collection<ClientId> clientIds, ServiceLine line, UserId manager,
            String reason) {
        return useCases.change(actor, CLIENT_REASSIGN, uc -> {
            if (clientIds == null || clientIds.isEmpty()) {
                throw new InvalidValue("reassignment.clients", clientIds, "names no client");
            }
            requireManager(uc, manager);
            Reassignment reassignment = new Reassignment(ReassignmentId.newId(), line, manager, actor.user(),
                    uc.now(), Text.optional("reassignment.reason", reason, 500));
            reassignments.add(reassignment);
            for (ClientId clientId : new LinkedHashSet<>(clientIds)) {
                uc.load(clientRecords, clientId);
                Optional<ManagerAssignment> current = assignments.current(clientId, line);
                if (current.map(a -> !a.manager().equals(manager)).orElse(true)) {
                    handOver(uc, clientId, line, manager, current, reassignment.id());
                }
            }
            return reassignment.id();
        });
    }

    /**
     * Puts back the assignments a redistribution replaced. Clients whose assignment changed
     * again since are left alone and reported; a second restore is refused.
     */
    public RestoreOutcome restore(Actor actor, ReassignmentId id) {
        return useCases.change(actor, CLIENT_REASSIGN, uc -> {
            Reassignment reassignment = uc.load(reassignmentRecords, id);
            reassignment.markRestored(uc.now());
            reassignments.update(reassignment);
            List<ClientId> restored = new ArrayList<>();
            List<ClientId> leftAlone = new ArrayList<>();
            for (ManagerAssignment made : assignments.madeBy(id)) {
                uc.load(clientRecords, made.client());
                if (!made.isCurrent()) {
                    leftAlone.add(made.client());
                    continue;
                }
                Optional<UserId> previousManager = made.previous().flatMap(assignments::byId)
                        .map(ManagerAssignment::manager);
                if (previousManager.isPresent()) {
                    handOver(uc, made.client(), made.serviceLine(), previousManager.get(), Optional.of(made), null);
                } else {
                    made.end(uc.now());
                    assignments.update(made);
                    recordChange(uc, made.client(), made.serviceLine(), made.manager(), null);
                }
                restored.add(made.client());
            }
            return new RestoreOutcome(restored, leftAlone);
        });
    }

    /** The managers responsible for the client now, one per service line. */
    public List<AssignmentRecord> current(Actor actor, ClientId clientId) {
        return history(actor, clientId).stream().filter(r -> r.endedAt() == null).toList();
    }

    /** Every assignment of the client, oldest first. */
    public List<AssignmentRecord> history(Actor actor, ClientId clientId) {
        return useCases.read(actor, CLIENT_READ, uc -> {
            uc.load(clientRecords, clientId);
            return assignments.ofClient(clientId).stream()
                    .sorted(Comparator.comparing(ManagerAssignment::startedAt)
                            .thenComparing(a -> a.endedAt().isPresent() ? 0 : 1))
                    .map(AssignmentRecord::of)
                    .toList();
        });
    }

    /** The clients the manager is responsible for now on the line. */
    public List<ClientId> clientsOf(Actor actor, UserId manager, ServiceLine line) {
        return useCases.read(actor, CLIENT_READ, uc -> {
            var scope = uc.scope();
            return assignments.currentClientsOf(manager, line).stream()
                    .filter(id -> clients.byId(id).map(c -> scope.includes(c.branch())).orElse(false))
                    .toList();
        });
    }

    private void handOver(UseCase uc, ClientId clientId, ServiceLine line, UserId manager,
            Optional<ManagerAssignment> current, ReassignmentId reassignment) {
        current.ifPresent(a -> {
            a.end(uc.now());
            assignments.update(a);
        });
        assignments.add(new ManagerAssignment(AssignmentId.newId(), clientId, line, manager, uc.now(), reassignment,
                current.map(ManagerAssignment::id).orElse(null)));
        recordChange(uc, clientId, line, current.map(ManagerAssignment::manager).orElse(null), manager);
    }

    private static void recordChange(UseCase uc, ClientId clientId, ServiceLine line, UserId from, UserId to) {
        uc.audit("client.assignManager", "client", clientId,
                new AuditState().with("manager." + line, from), new AuditState().with("manager." + line, to));
    }

    private void requireManager(UseCase uc, UserId manager) {
        User user = uc.load(users, manager);
        if (!user.has(Role.MANAGER)) {
            throw new RuleViolation("assignment.notAManager",
                    "user " + user.login() + " has no manager role and cannot be responsible for clients");
        }
    }
}

package org.trainingcrm.domain.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.access.Users;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.client.ClientPermission;

/**
 * Use cases of responsible managers (C6): one manager per client per service line, the base
 * redistributed in bulk with its full history, and a redistribution undone in one call.
 */
public final class AssignmentService {

    private final Assignments assignments;
    private final Reassignments reassignments;
    private final Clients clients;
    private final Users users;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public AssignmentService(Assignments assignments, Reassignments reassignments, Clients clients, Users users,
            AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.reassignments = reassignments;
        this.clients = clients;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the manager responsible for the client on the line. Taking an unassigned client
     * needs the right to edit clients; taking one from a colleague needs the right to reassign.
     */
    public void assign(Actor actor, ClientId clientId, ServiceLine line, UserId manager) {
        transactions.run(() -> {
            Client client = visibleClient(actor, ClientPermission.CLIENT_WRITE, clientId);
            requireManager(manager);
            Optional<ManagerAssignment> current = assignments.current(clientId, line);
            if (current.isPresent()) {
                access.require(actor, AssignmentPermission.CLIENT_REASSIGN, client.branch());
            }
            handOver(actor, clientId, line, manager, current, null, clock.instant());
        });
    }

    /**
     * Hands many clients at once to one manager on the line; clients already with that manager
     * are left as they are. Returns the id that {@link #restore} takes.
     */
    public ReassignmentId reassign(Actor actor, Collection<ClientId> clientIds, ServiceLine line, UserId manager,
            String reason) {
        return transactions.inTransaction(() -> {
            access.require(actor, AssignmentPermission.CLIENT_REASSIGN);
            if (clientIds.isEmpty()) {
                throw new InvalidValue("reassignment.clients", clientIds, "names no client");
            }
            requireManager(manager);
            Instant now = clock.instant();
            Reassignment reassignment = new Reassignment(ReassignmentId.newId(), line, manager, actor.user(), now,
                    Text.optional("reassignment.reason", reason, 500));
            reassignments.add(reassignment);
            for (ClientId clientId : new LinkedHashSet<>(clientIds)) {
                visibleClient(actor, AssignmentPermission.CLIENT_REASSIGN, clientId);
                Optional<ManagerAssignment> current = assignments.current(clientId, line);
                if (current.map(a -> !a.manager().equals(manager)).orElse(true)) {
                    handOver(actor, clientId, line, manager, current, reassignment.id(), now);
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
        return transactions.inTransaction(() -> {
            access.require(actor, AssignmentPermission.CLIENT_REASSIGN);
            Reassignment reassignment = reassignments.byId(id).orElseThrow(() -> new NotFound("reassignment", id));
            Instant now = clock.instant();
            reassignment.markRestored(now);
            reassignments.update(reassignment);
            List<ClientId> restored = new ArrayList<>();
            List<ClientId> leftAlone = new ArrayList<>();
            for (ManagerAssignment made : assignments.madeBy(id)) {
                visibleClient(actor, AssignmentPermission.CLIENT_REASSIGN, made.client());
                if (!made.isCurrent()) {
                    leftAlone.add(made.client());
                    continue;
                }
                Optional<UserId> previousManager = made.previous().flatMap(assignments::byId)
                        .map(ManagerAssignment::manager);
                if (previousManager.isPresent()) {
                    handOver(actor, made.client(), made.serviceLine(), previousManager.get(), Optional.of(made),
                            null, now);
                } else {
                    made.end(now);
                    assignments.update(made);
                    recordChange(actor, made.client(), made.serviceLine(), made.manager(), null, now);
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
        return transactions.inTransaction(() -> {
            visibleClient(actor, ClientPermission.CLIENT_READ, clientId);
            return assignments.ofClient(clientId).stream()
                    .sorted(Comparator.comparing(ManagerAssignment::startedAt)
                            .thenComparing(a -> a.endedAt().isPresent() ? 0 : 1))
                    .map(AssignmentRecord::of)
                    .toList();
        });
    }

    /** The clients the manager is responsible for now on the line. */
    public List<ClientId> clientsOf(Actor actor, UserId manager, ServiceLine line) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.CLIENT_READ);
            var scope = access.scopeOf(actor);
            return assignments.currentClientsOf(manager, line).stream()
                    .filter(id -> clients.byId(id).map(c -> scope.includes(c.branch())).orElse(false))
                    .toList();
        });
    }

    private void handOver(Actor actor, ClientId clientId, ServiceLine line, UserId manager,
            Optional<ManagerAssignment> current, ReassignmentId reassignment, Instant now) {
        current.ifPresent(a -> {
            a.end(now);
            assignments.update(a);
        });
        assignments.add(new ManagerAssignment(AssignmentId.newId(), clientId, line, manager, now, reassignment,
                current.map(ManagerAssignment::id).orElse(null)));
        recordChange(actor, clientId, line, current.map(ManagerAssignment::manager).orElse(null), manager, now);
    }

    private void recordChange(Actor actor, ClientId clientId, ServiceLine line, UserId from, UserId to,
            Instant now) {
        audit.record(new AuditEntry(now, actor.user(), "client.assignManager", "client", clientId,
                new AuditState().with("manager." + line, from), new AuditState().with("manager." + line, to)));
    }

    private Client visibleClient(Actor actor, Permission permission, ClientId id) {
        return access.visible(actor, permission, "client", id, () -> clients.byId(id), Client::branch);
    }

    private void requireManager(UserId manager) {
        var user = users.byId(manager).orElseThrow(() -> new NotFound("user", manager));
        if (!user.has(Role.MANAGER)) {
            throw new RuleViolation("assignment.notAManager",
                    "user " + user.login() + " has no manager role and cannot be responsible for clients");
        }
    }
}

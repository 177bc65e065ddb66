package org.trainingcrm.domain.assignment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.client.ClientId;

/** A period during which one manager is responsible for a client on one service line. */
public class ManagerAssignment {

    private AssignmentId id;
    private ClientId client;
    private String serviceLine;
    private UserId manager;
    private Instant startedAt;
    private Instant endedAt;
    private ReassignmentId reassignment;
    private AssignmentId previous;
    private long version;

    protected ManagerAssignment() {
    }

    /**
     * @param reassignment the redistribution that made it, or null for a single assignment
     * @param previous the assignment it replaced, or null when the client had no manager
     */
    public ManagerAssignment(AssignmentId id, ClientId client, ServiceLine serviceLine, UserId manager,
            Instant startedAt, ReassignmentId reassignment, AssignmentId previous) {
        this.id = Objects.requireNonNull(id, "id");
        this.client = Objects.requireNonNull(client, "client");
        this.serviceLine = serviceLine.code();
        this.manager = Objects.requireNonNull(manager, "manager");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.reassignment = reassignment;
        this.previous = previous;
    }

    /** Ends the manager's responsibility at the given moment. */
    public void end(Instant at) {
        if (endedAt != null) {
            throw new IllegalStateException("assignment " + id + " already ended at " + endedAt);
        }
        endedAt = at;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public AssignmentId id() {
        return id;
    }

    public ClientId client() {
        return client;
    }

    public ServiceLine serviceLine() {
        return new ServiceLine(serviceLine);
    }

    public UserId manager() {
        return manager;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<ReassignmentId> reassignment() {
        return Optional.ofNullable(reassignment);
    }

    public Optional<AssignmentId> previous() {
        return Optional.ofNullable(previous);
    }

    public long version() {
        return version;
    }
}

package org.trainingcrm.domain.assignment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.RuleViolation;

/** One redistribution of many clients to a manager, kept so that it can be restored. */
public class Reassignment {

    private ReassignmentId id;
    private String serviceLine;
    private UserId toManager;
    private UserId performedBy;
    private Instant performedAt;
    private String reason;
    private Instant restoredAt;
    private long version;

    protected Reassignment() {
    }

    public Reassignment(ReassignmentId id, ServiceLine serviceLine, UserId toManager, UserId performedBy,
            Instant performedAt, String reason) {
        this.id = Objects.requireNonNull(id, "id");
        this.serviceLine = serviceLine.code();
        this.toManager = Objects.requireNonNull(toManager, "toManager");
        this.performedBy = Objects.requireNonNull(performedBy, "performedBy");
        this.performedAt = Objects.requireNonNull(performedAt, "performedAt");
        this.reason = reason;
    }

    /** Records that the previous assignments were put back; a second restore is refused. */
    public void markRestored(Instant at) {
        if (restoredAt != null) {
            throw new RuleViolation("reassignment.alreadyRestored",
                    "reassignment " + id + " was already restored at " + restoredAt);
        }
        restoredAt = at;
    }

    public ReassignmentId id() {
        return id;
    }

    public ServiceLine serviceLine() {
        return new ServiceLine(serviceLine);
    }

    public UserId toManager() {
        return toManager;
    }

    public UserId performedBy() {
        return performedBy;
    }

    public Instant performedAt() {
        return performedAt;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> restoredAt() {
        return Optional.ofNullable(restoredAt);
    }

    public long version() {
        return version;
    }
}

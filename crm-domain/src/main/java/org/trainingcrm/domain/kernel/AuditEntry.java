package org.trainingcrm.domain.kernel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One change as the audit log keeps it: who, when, what, on which record, before and after. */
public class AuditEntry {

    private UUID id;
    private Instant recordedAt;
    private UserId actor;
    private String action;
    private String entityType;
    private String entityId;
    private String before;
    private String after;

    protected AuditEntry() {
    }

    /**
     * @param before the record's state before the change, or null when it was created
     * @param after the record's state after the change, or null when it was removed
     */
    public AuditEntry(Instant recordedAt, UserId actor, String action, String entityType, Object entityId,
            AuditState before, AuditState after) {
        this.id = Ids.timeOrdered();
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = String.valueOf(entityId);
        this.before = before == null ? null : before.toJson();
        this.after = after == null ? null : after.toJson();
    }

    public UUID id() {
        return id;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UserId actor() {
        return actor;
    }

    /** What was done, such as {@code client.register}. */
    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    /** The state before, as a JSON object, or null for a creation. */
    public String before() {
        return before;
    }

    /** The state after, as a JSON object, or null for a removal. */
    public String after() {
        return after;
    }
}

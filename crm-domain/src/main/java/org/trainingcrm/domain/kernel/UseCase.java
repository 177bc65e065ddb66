package org.trainingcrm.domain.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One running use case, handed to the work by {@link UseCases}: the actor, the permission it
 * was admitted with, and the steps of the template that come after the permission. Every record
 * it loads, by whatever id, is checked against the actor's branch scope with that permission.
 */
public final class UseCase {

    private final Actor actor;
    private final Permission permission;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Instant now;
    private BranchScope scope;

    UseCase(Actor actor, Permission permission, AccessPolicy access, AuditLog audit, java.time.Clock clock) {
        this.actor = actor;
        this.permission = permission;
        this.access = access;
        this.audit = audit;
        this.now = clock.instant();
    }

    public Actor actor() {
        return actor;
    }

    /** The moment the use case runs at: one instant for all it writes. */
    public Instant now() {
        return now;
    }

    /** The branches the actor may see, for queries that filter by them. */
    public BranchScope scope() {
        // asked once: a walk or a listing checks many records against it
        if (scope == null) {
            scope = access.scopeOf(actor);
        }
        return scope;
    }

    /** The record with the id, or {@link NotFound}; then its branch must be in the actor's scope. */
    public <T, K> T load(Records<T, K> records, K id) {
        T record = records.find(id).orElseThrow(() -> new NotFound(records.entity(), id));
        records.branchOf(record).ifPresent(this::requireBranch);
        return record;
    }

    /** The record with the id if it exists and is in the actor's scope. */
    public <T, K> Optional<T> find(Records<T, K> records, K id) {
        return records.find(id).filter(record -> sees(records, record));
    }

    /** Whether the actor's scope includes a record found some other way, such as by a query or a walk. */
    public <T> boolean sees(Records<T, ?> records, T record) {
        return records.branchOf(record).map(scope()::includes).orElse(true);
    }

    /** Requires the use case's permission for records of the branch. */
    public void requireBranch(BranchId branch) {
        access.require(actor, permission, branch);
    }

    /** Requires a further permission of the actor, for a use case that needs two. */
    public void require(Permission another) {
        access.require(actor, another);
    }

    /** Requires a further permission of the actor for records of the branch. */
    public void require(Permission another, BranchId branch) {
        access.require(actor, another, branch);
    }

    /** Refuses a change made to an older version than the one stored. */
    public <T> void expectVersion(Records<T, ?> records, T record, Object id, long expectedVersion) {
        long stored = records.versionOf(record);
        if (stored != expectedVersion) {
            throw new ConcurrentChange(records.entity(), id,
                    "edited version " + expectedVersion + " but the stored one is " + stored);
        }
    }

    /** Load, scope, version, change, save and audit of one record. */
    public <T, K> T edit(Records<T, K> records, K id, long expectedVersion, String action, Consumer<T> change) {
        T record = load(records, id);
        expectVersion(records, record, id, expectedVersion);
        return apply(records, record, id, action, change);
    }

    /** Change, save and audit of a record already loaded (and scoped) in this use case. */
    public <T, K> T apply(Records<T, K> records, T record, Object id, String action, Consumer<T> change) {
        AuditState before = records.stateOf(record);
        change.accept(record);
        records.update(record);
        audit(action, records.entity(), records.idOf(record, id), before, records.stateOf(record));
        return record;
    }

    /** Scope, save and audit of a new record. */
    public <T, K> T add(Records<T, K> records, T record, Object id, String action) {
        records.branchOf(record).ifPresent(this::requireBranch);
        records.add(record);
        audit(action, records.entity(), records.idOf(record, id), null, records.stateOf(record));
        return record;
    }

    /** Every audit entry about one record, oldest first: the trail the audit use cases read. */
    public List<AuditEntry> trail(String entityType, String entityId) {
        return audit.about(entityType, entityId);
    }

    /** Writes an audit entry in the use case's transaction; before is null for a creation. */
    public void audit(String action, String entity, Object id, AuditState before, AuditState after) {
        audit.record(new AuditEntry(now, actor.user(), action, entity, id, before, after));
    }
}

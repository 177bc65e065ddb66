package org.trainingcrm.domain.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How the use-case template handles one kind of record: its name in errors and in the audit
 * log, how to look one up, the branch it belongs to, its version, its audited state and how a
 * change is saved. Built once per service from the feature's ports.
 *
 * <pre>{@code
 * Records<Client, ClientId> clients = Records.of("client", ports.clients()::byId, Client::branch)
 *         .versioned(Client::version).audited(Client::auditState).savedBy(ports.clients()::add, ports.clients()::update);
 * }</pre>
 *
 * @param <T> the record
 * @param <K> its id
 */
public final class Records<T, K> {

    private final String entity;
    private final Function<K, Optional<T>> lookup;
    private final Function<T, Optional<BranchId>> branch;
    private final Function<T, ?> id;
    private final ToLongFunction<T> version;
    private final Function<T, AuditState> state;
    private final Consumer<T> add;
    private final Consumer<T> update;

    private Records(String entity, Function<K, Optional<T>> lookup, Function<T, Optional<BranchId>> branch,
            Function<T, ?> id,
            ToLongFunction<T> version, Function<T, AuditState> state, Consumer<T> add, Consumer<T> update) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.branch = branch;
        this.id = id;
        this.version = version;
        this.state = state;
        this.add = add;
        this.update = update;
    }

    /** Records that belong to a branch, which the actor's scope must include. */
    public static <T, K> Records<T, K> of(String entity, Function<K, Optional<T>> lookup, Function<T, BranchId> branch) {
        Objects.requireNonNull(branch, "branch");
        return new Records<>(entity, lookup, record -> Optional.of(branch.apply(record)), null, null, null, null, null);
    }

    /**
     * Records of which some belong to a branch, which the actor's scope must include, and the
     * rest to none, which every branch shares (such as people: students of a branch, and the
     * contacts of clients).
     */
    public static <T, K> Records<T, K> ofOptionalBranch(String entity, Function<K, Optional<T>> lookup,
            Function<T, Optional<BranchId>> branch) {
        return new Records<>(entity, lookup, Objects.requireNonNull(branch, "branch"), null, null, null, null, null);
    }

    /** Records every branch shares, such as a dictionary's entries. */
    public static <T, K> Records<T, K> shared(String entity, Function<K, Optional<T>> lookup) {
        return new Records<>(entity, lookup, null, null, null, null, null, null);
    }

    /** The same records with the id they are audited under (by default the id looked up). */
    public Records<T, K> identifiedBy(Function<T, ?> idOf) {
        return new Records<>(entity, lookup, branch, idOf, version, state, add, update);
    }

    /** The same records with an optimistic version the template checks. */
    public Records<T, K> versioned(ToLongFunction<T> versionOf) {
        return new Records<>(entity, lookup, branch, id, versionOf, state, add, update);
    }

    /** The same records with the state the audit log keeps before and after each change. */
    public Records<T, K> audited(Function<T, AuditState> stateOf) {
        return new Records<>(entity, lookup, branch, id, version, stateOf, add, update);
    }

    /** The same records with the port calls that add a new one and save a changed one. */
    public Records<T, K> savedBy(Consumer<T> adding, Consumer<T> updating) {
        return new Records<>(entity, lookup, branch, id, version, state, adding, updating);
    }

    public String entity() {
        return entity;
    }

    Optional<T> find(K key) {
        return lookup.apply(key);
    }

    /** The record's branch, or empty for records every branch shares. */
    Optional<BranchId> branchOf(T record) {
        return branch == null ? Optional.empty() : branch.apply(record);
    }

    Object idOf(T record, Object fallback) {
        return id == null ? fallback : id.apply(record);
    }

    long versionOf(T record) {
        if (version == null) {
            throw new IllegalStateException(entity + " records carry no version");
        }
        return version.applyAsLong(record);
    }

    AuditState stateOf(T record) {
        return state == null ? new AuditState() : state.apply(record);
    }

    void add(T record) {
        if (add == null) {
            throw new IllegalStateException(entity + " records cannot be added through the template");
        }
        add.accept(record);
    }

    void update(T record) {
        if (update == null) {
            throw new IllegalStateException(entity + " records cannot be saved through the template");
        }
        update.accept(record);
    }
}

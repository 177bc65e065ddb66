package org.trainingcrm.domain.kernel;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one template every use case runs through, in a fixed order: the permission, then (inside
 * one transaction) the load of each record by id or {@link NotFound}, the actor's branch scope
 * for every record it touches, the expected version or {@link ConcurrentChange}, the change,
 * the save, and an audit entry with the state before and after.
 *
 * <p>Because the permission comes first, a caller without it gets {@link AccessDenied} for any
 * id, whether a record with that id exists or not.
 *
 * <pre>{@code
 * useCases.edit(actor, CLIENT_WRITE, clients, id, expectedVersion, "client.revise", client -> client.revise(profile));
 * return useCases.read(actor, CLIENT_READ, uc -> ClientCard.of(uc.load(clients, id)));
 * }</pre>
 */
public final class UseCases {

    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public UseCases(AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs a use case that answers something: permission first, then the work in one transaction. */
    public <R> R read(Actor actor, Permission permission, Function<UseCase, R> work) {
        return run(actor, permission, work);
    }

    /** Runs a use case that changes data and answers something, such as the id it created. */
    public <R> R change(Actor actor, Permission permission, Function<UseCase, R> work) {
        return run(actor, permission, work);
    }

    /** Runs a use case that changes data and answers nothing. */
    public void perform(Actor actor, Permission permission, Consumer<UseCase> work) {
        run(actor, permission, useCase -> {
            work.accept(useCase);
            return null;
        });
    }

    /** Loads one record for the actor (permission, NotFound, scope) in a read-only use case. */
    public <T, K> T one(Actor actor, Permission permission, Records<T, K> records, K id) {
        return read(actor, permission, useCase -> useCase.load(records, id));
    }

    /** The whole template for one record: load, scope, version, change, save, audit. */
    public <T, K> void edit(Actor actor, Permission permission, Records<T, K> records, K id, long expectedVersion,
            String action, Consumer<T> change) {
        perform(actor, permission, useCase -> useCase.edit(records, id, expectedVersion, action, change));
    }

    /**
     * Runs a lookup made before anyone has signed in, such as finding the actor for a login: there
     * is no actor yet to ask a permission of, so it only opens the transaction. For hosts, never
     * for a use case an actor calls.
     */
    public <R> R beforeSignIn(Supplier<R> lookup) {
        return transactions.inTransaction(lookup);
    }

    /** The clock use cases read the time from. */
    public Clock clock() {
        return clock;
    }

    /** The branches the actor may see; for queries that filter by them in the database. */
    public BranchScope scopeOf(Actor actor) {
        return access.scopeOf(actor);
    }

    private <R> R run(Actor actor, Permission permission, Function<UseCase, R> work) {
        Objects.requireNonNull(actor, "actor");
        access.require(actor, permission);
        return transactions.inTransaction(() -> work.apply(new UseCase(actor, permission, access, audit, clock)));
    }
}

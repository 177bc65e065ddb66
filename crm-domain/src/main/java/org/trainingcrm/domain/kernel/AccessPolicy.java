package org.trainingcrm.domain.kernel;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Port: decides what an actor may do; every use case asks it before touching data. */
public interface AccessPolicy {

    /** Throws {@link AccessDenied} unless the actor holds the permission. */
    void require(Actor actor, Permission permission);

    /** Throws {@link AccessDenied} unless the actor holds the permission for records of the branch. */
    void require(Actor actor, Permission permission, BranchId branch);

    /** The branches whose records the actor may see; part of every query's filter. */
    BranchScope scopeOf(Actor actor);

    /**
     * Loads one record for the actor: the permission is checked first (so a refused user learns
     * nothing of what exists), a missing record is {@link NotFound}, then the record's branch is
     * checked against the actor's.
     */
    default <T> T visible(Actor actor, Permission permission, String entity, Object id,
            Supplier<Optional<T>> lookup, Function<T, BranchId> branchOf) {
        require(actor, permission);
        T record = lookup.get().orElseThrow(() -> new NotFound(entity, id));
        require(actor, permission, branchOf.apply(record));
        return record;
    }
}

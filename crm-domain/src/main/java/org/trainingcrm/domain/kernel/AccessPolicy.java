package org.trainingcrm.domain.kernel;

/** Port: decides what an actor may do; every use case asks it before touching data. */
public interface AccessPolicy {

    /** Throws {@link AccessDenied} unless the actor holds the permission. */
    void require(Actor actor, Permission permission);

    /** Throws {@link AccessDenied} unless the actor holds the permission for records of the branch. */
    void require(Actor actor, Permission permission, BranchId branch);

    /** The branches whose records the actor may see; part of every query's filter. */
    BranchScope scopeOf(Actor actor);
}

package org.trainingcrm.domain.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.branch.Branches;

/**
 * The minimal policy: permissions follow from roles, and a user sees the records of their own
 * branch, or of every branch when they work at a head office.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {

    private static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.ADMINISTRATOR, EnumSet.allOf(Permission.class),
            Role.MANAGER, EnumSet.of(Permission.CLIENT_READ, Permission.CLIENT_WRITE, Permission.DICTIONARY_EDIT,
                    // "administrators edit programmes, managers read" (A1): catalogue and timetable are read-only
                    Permission.CATALOG_READ, Permission.TIMETABLE_READ));

    private final Branches branches;

    public RoleBasedAccessPolicy(Branches branches) {
        this.branches = branches;
    }

    @Override
    public void require(Actor actor, Permission permission) {
        boolean granted = actor.roles().stream().anyMatch(role -> GRANTS.get(role).contains(permission));
        if (!granted) {
            throw new AccessDenied(actor.user(), permission, "none of the roles " + actor.roles() + " grants it");
        }
    }

    @Override
    public void require(Actor actor, Permission permission, BranchId branch) {
        require(actor, permission);
        if (!scopeOf(actor).includes(branch)) {
            throw new AccessDenied(actor.user(), permission, "the record belongs to branch " + branch
                    + ", not to the user's branch " + actor.branch());
        }
    }

    @Override
    public BranchScope scopeOf(Actor actor) {
        boolean headOffice = branches.byId(actor.branch()).map(b -> b.isHeadOffice()).orElse(false);
        return headOffice ? BranchScope.all() : BranchScope.of(actor.branch());
    }
}

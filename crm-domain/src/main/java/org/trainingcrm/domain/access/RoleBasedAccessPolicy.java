package org.trainingcrm.domain.access;

import java.util.EnumMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.Permission;

/**
 * The minimal policy: permissions follow from roles, and a user sees the records of their own
 * branch, or of every branch when they work at a head office.
 *
 * <p>By default each role holds what the features' permissions declare (administrators hold
 * every one); a host grants more per role, for example a manager who may read medical notes:
 * {@code Crm.defaultAccessPolicy(store).granting(Role.MANAGER, PeoplePermission.MEDICAL_READ)}.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {

    private final Branches branches;
    private final Map<Role, Set<Permission>> grants;

    /** The policy with the default grants of the given permissions, as each declares them. */
    public RoleBasedAccessPolicy(Branches branches, Collection<Permission> permissions) {
        this(branches, defaultGrants(permissions));
    }

    /** The policy with the host's own grants; a role missing from the map is granted nothing. */
    public RoleBasedAccessPolicy(Branches branches, Map<Role, Set<Permission>> grants) {
        this.branches = branches;
        this.grants = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> this.grants.put(role, Set.copyOf(permissions)));
    }

    /** What each role holds of the given permissions unless the host says otherwise. */
    public static Map<Role, Set<Permission>> defaultGrants(Collection<Permission> permissions) {
        Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            grants.put(role, new HashSet<>());
        }
        permissions.forEach(permission -> permission.grantedByDefault()
                .forEach(role -> grants.get(role).add(permission)));
        return grants;
    }

    /** A policy like this one where the role holds the given permissions as well. */
    public RoleBasedAccessPolicy granting(Role role, Permission... permissions) {
        Map<Role, Set<Permission>> changed = grants();
        changed.computeIfAbsent(role, r -> new HashSet<>()).addAll(Set.of(permissions));
        return new RoleBasedAccessPolicy(branches, changed);
    }

    /** A policy like this one where the role no longer holds the given permissions. */
    public RoleBasedAccessPolicy revoking(Role role, Permission... permissions) {
        Map<Role, Set<Permission>> changed = grants();
        changed.computeIfAbsent(role, r -> new HashSet<>()).removeAll(Set.of(permissions));
        return new RoleBasedAccessPolicy(branches, changed);
    }

    /** A copy of the permissions each role holds. */
    public Map<Role, Set<Permission>> grants() {
        Map<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> copy.put(role, new HashSet<>(permissions)));
        return copy;
    }

    @Override
    public void require(Actor actor, Permission permission) {
        boolean granted = actor.roles().stream()
                .anyMatch(role -> grants.getOrDefault(role, Set.of()).contains(permission));
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

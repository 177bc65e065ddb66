package org.trainingcrm.domain.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.branch.Branches;

/**
 * The minimal policy: permissions follow from roles, and a user sees the records of their own
 * branch, or of every branch when they work at a head office.
 *
 * <p>By default administrators hold every permission and managers work the client base; a host
 * grants more per role, for example a manager who may read medical notes:
 * {@code new RoleBasedAccessPolicy(branches).granting(Role.MANAGER, Permission.MEDICAL_READ)}.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {

    private final Branches branches;
    private final Map<Role, Set<Permission>> grants;

    /** The policy with the default grants. */
    public RoleBasedAccessPolicy(Branches branches) {
        this(branches, defaultGrants());
    }

    /** The policy with the host's own grants; a role missing from the map is granted nothing. */
    public RoleBasedAccessPolicy(Branches branches, Map<Role, Set<Permission>> grants) {
        this.branches = branches;
        this.grants = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> this.grants.put(role, permissions.isEmpty()
                ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions)));
    }

    /** What each role holds unless the host says otherwise. */
    public static Map<Role, Set<Permission>> defaultGrants() {
        Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
        grants.put(Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));
        grants.put(Role.MANAGER, EnumSet.of(Permission.CLIENT_READ, Permission.CLIENT_WRITE,
                Permission.DICTIONARY_EDIT,
                // "administrators edit programmes, managers read" (A1): catalogue and timetable are read-only
                Permission.CATALOG_READ, Permission.TIMETABLE_READ,
                // managers enroll and mark attendance; issuing certificates stays with administrators
                Permission.ENROLLMENT_READ, Permission.ENROLLMENT_WRITE));
        return grants;
    }

    /** A policy like this one where the role holds the given permissions as well. */
    public RoleBasedAccessPolicy granting(Role role, Permission... permissions) {
        Map<Role, Set<Permission>> changed = grants();
        changed.computeIfAbsent(role, r -> EnumSet.noneOf(Permission.class)).addAll(Set.of(permissions));
        return new RoleBasedAccessPolicy(branches, changed);
    }

    /** A policy like this one where the role no longer holds the given permissions. */
    public RoleBasedAccessPolicy revoking(Role role, Permission... permissions) {
        Map<Role, Set<Permission>> changed = grants();
        changed.computeIfAbsent(role, r -> EnumSet.noneOf(Permission.class)).removeAll(Set.of(permissions));
        return new RoleBasedAccessPolicy(branches, changed);
    }

    /** A copy of the permissions each role holds. */
    public Map<Role, Set<Permission>> grants() {
        Map<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> copy.put(role, EnumSet.copyOf(permissions)));
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

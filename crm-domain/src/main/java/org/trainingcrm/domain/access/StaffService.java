package org.trainingcrm.domain.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;

/** Use cases of the centre's structure: its branches (K7) and the staff who use the CRM. */
public final class StaffService {

    private final Branches branches;
    private final Users users;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public StaffService(Branches branches, Users users, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.branches = branches;
        this.users = users;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a branch in the country given by its ISO code; a head office sees every branch. */
    public BranchId openBranch(Actor actor, String name, String region, boolean headOffice) {
        return transactions.inTransaction(() -> {
            access.require(actor, AccessPermission.STAFF_ADMINISTER);
            Branch branch = new Branch(BranchId.newId(), name, region, headOffice);
            branches.add(branch);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "branch.open", "branch", branch.id(), null,
                    new AuditState().with("name", branch.name()).with("region", branch.region())
                            .with("headOffice", branch.isHeadOffice())));
            return branch.id();
        });
    }

    /** Gives a member of staff a login in a branch with the given roles. */
    public UserId addUser(Actor actor, String login, String displayName, BranchId branch, Set<Role> roles) {
        return transactions.inTransaction(() -> {
            access.require(actor, AccessPermission.STAFF_ADMINISTER);
            branches.byId(branch).orElseThrow(() -> new NotFound("branch", branch));
            User user = new User(UserId.newId(), login, displayName, branch, roles);
            if (users.byLogin(user.login()).isPresent()) {
                throw new InvalidValue("user.login", login, "is taken by another user");
            }
            users.add(user);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "user.add", "user", user.id(), null,
                    new AuditState().with("login", user.login()).with("displayName", user.displayName())
                            .with("branch", branch).withAll("roles", user.roles())));
            return user.id();
        });
    }

    /** The actor a host application hands to the services once the user has signed in. */
    public Actor actorFor(UserId id, java.util.Locale locale) {
        return transactions.inTransaction(() -> {
            User user = users.byId(id).orElseThrow(() -> new NotFound("user", id));
            return new Actor(user.id(), user.roles(), user.branch(), locale);
        });
    }

    /**
     * The actor for the user with the login, for hosts (such as the analysts' command line) that
     * know who signed in by login rather than by id.
     */
    public Actor actorForLogin(String login, java.util.Locale locale) {
        return transactions.inTransaction(() -> {
            User user = users.byLogin(login).orElseThrow(() -> new NotFound("user", login));
            return new Actor(user.id(), user.roles(), user.branch(), locale);
        });
    }

    public List<Branch> branches(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, AccessPermission.STAFF_READ);
            return branches.all();
        });
    }

    public List<User> users(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, AccessPermission.STAFF_READ);
            return users.all();
        });
    }
}

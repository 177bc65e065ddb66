package org.trainingcrm.domain.access;

import static org.trainingcrm.domain.access.AccessPermission.STAFF_ADMINISTER;
import static org.trainingcrm.domain.access.AccessPermission.STAFF_READ;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.UserId;

/** Use cases of the centre's structure: its branches (K7) and the staff who use the CRM. */
public final class StaffService {

    private final Branches branches;
    private final Users users;
    private final Records<Branch, BranchId> branchRecords;
    private final Records<User, UserId> userRecords;
    private final UseCases useCases;

    public StaffService(BranchPorts branch, AccessPorts access, UseCases useCases) {
        this.branches = branch.branches();
        this.users = access.users();
        // shared: administering the staff spans branches, as it did before the template
        this.branchRecords = Records.<Branch, BranchId>shared("branch", branches::byId)
                .audited(b -> new AuditState().with("name", b.name()).with("region", b.region())
                        .with("headOffice", b.isHeadOffice()))
                .savedBy(branches::add, null);
        this.userRecords = Records.<User, UserId>shared("user", users::byId)
                .audited(u -> new AuditState().with("login", u.login()).with("displayName", u.displayName())
                        .with("branch", u.branch()).withAll("roles", u.roles()))
                .savedBy(users::add, null);
        this.useCases = useCases;
    }

    /** Opens a branch in the country given by its ISO code; a head office sees every branch. */
    public BranchId openBranch(Actor actor, String name, String region, boolean headOffice) {
        return useCases.change(actor, STAFF_ADMINISTER, uc -> {
            Branch branch = new Branch(BranchId.newId(), name, region, headOffice);
            return uc.add(branchRecords, branch, branch.id(), "branch.open").id();
        });
    }

    /** Gives a member of staff a login in a branch with the given roles. */
    public UserId addUser(Actor actor, String login, String displayName, BranchId branch, Set<Role> roles) {
        return useCases.change(actor, STAFF_ADMINISTER, uc -> {
            uc.load(branchRecords, branch);
            User user = new User(UserId.newId(), login, displayName, branch, roles);
            if (users.byLogin(user.login()).isPresent()) {
                throw new InvalidValue("user.login", login, "is taken by another user");
            }
            return uc.add(userRecords, user, user.id(), "user.add").id();
        });
    }

    /** The actor a host application hands to the services once the user has signed in. */
    public Actor actorFor(UserId id, Locale locale) {
        return useCases.beforeSignIn(() -> {
            User user = users.byId(id).orElseThrow(() -> new NotFound("user", id));
            return new Actor(user.id(), user.roles(), user.branch(), locale);
        });
    }

    /**
     * The actor for the user with the login, for hosts (such as the analysts' command line) that
     * know who signed in by login rather than by id.
     */
    public Actor actorForLogin(String login, Locale locale) {
        return useCases.beforeSignIn(() -> {
            User user = users.byLogin(login).orElseThrow(() -> new NotFound("user", login));
            return new Actor(user.id(), user.roles(), user.branch(), locale);
        });
    }

    public List<Branch> branches(Actor actor) {
        return useCases.read(actor, STAFF_READ, uc -> branches.all());
    }

    public List<User> users(Actor actor) {
        return useCases.read(actor, STAFF_READ, uc -> users.all());
    }
}

package org.trainingcrm.domain.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;

/** A member of staff who works with the CRM. */
public class User {

    private UserId id;
    private String login;
    private String displayName;
    private BranchId branch;
    private Set<Role> roles = new HashSet<>();
    private long version;

    protected User() {
    }

    public User(UserId id, String login, String displayName, BranchId branch, Set<Role> roles) {
        this.id = id;
        this.login = Text.required("user.login", login, 100);
        this.displayName = Text.required("user.displayName", displayName, 200);
        this.branch = branch;
        if (roles.isEmpty()) {
            throw new InvalidValue("user.roles", roles, "a user needs at least one role");
        }
        this.roles = new HashSet<>(roles);
    }

    public UserId id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public BranchId branch() {
        return branch;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public long version() {
        return version;
    }
}

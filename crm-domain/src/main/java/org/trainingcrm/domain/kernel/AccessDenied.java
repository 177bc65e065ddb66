package org.trainingcrm.domain.kernel;


/** The acting user lacks the permission a use case requires, or may not see the record. */
public final class AccessDenied extends CrmException {

    private final UserId user;
    private final Permission permission;

    public AccessDenied(UserId user, Permission permission, String detail) {
        super("user " + user + " may not " + permission + ": " + detail);
        this.user = user;
        this.permission = permission;
    }

    public UserId user() {
        return user;
    }

    public Permission permission() {
        return permission;
    }
}

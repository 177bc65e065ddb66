package org.trainingcrm.domain.kernel;

import java.util.Objects;
import java.util.Set;

/**
 * One thing a use case may require of the acting user. Each feature declares its own (a class
 * of constants such as {@code ClientPermission.CLIENT_READ}) with the roles that hold it unless
 * the host says otherwise; the role-based policy collects them from every feature.
 *
 * @param name unique among every feature's permissions, such as {@code CLIENT_READ}
 * @param grantedByDefault the roles that hold it by default
 */
public record Permission(String name, Set<Role> grantedByDefault) {

    public Permission {
        Objects.requireNonNull(name, "name");
        grantedByDefault = Set.copyOf(grantedByDefault);
    }

    public static Permission of(String name, Role... grantedByDefault) {
        return new Permission(name, Set.of(grantedByDefault));
    }

    @Override
    public String toString() {
        return name;
    }
}

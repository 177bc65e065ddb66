package org.trainingcrm.domain.kernel;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The user on whose behalf a use case runs, as the host application authenticated them.
 *
 * @param user who acts
 * @param roles what they are to the centre
 * @param branch the branch they work in
 * @param locale their language, used to sort names and dictionaries
 */
public record Actor(UserId user, Set<Role> roles, BranchId branch, Locale locale) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(locale, "locale");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

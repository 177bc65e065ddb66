package org.trainingcrm.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Actor;

class ActorForLoginTest {

    private final Crm crm = Crm.on(new InMemoryCrm(), TestClock.at("2026-09-01T09:00:00Z"));
    private final Centre centre = Centre.open(crm);

    @Test
    void signs_a_user_in_by_login_with_their_roles_and_branch() {
        Actor actor = crm.staff().actorForLogin("kyiv-" + centre.tag, Locale.forLanguageTag("uk"));

        assertThat(actor).isEqualTo(new Actor(centre.kyivManager.user(), centre.kyivManager.roles(), centre.kyiv,
                Locale.forLanguageTag("uk")));
    }

    @Test
    void refuses_a_login_nobody_has() {
        assertThatThrownBy(() -> crm.staff().actorForLogin("nobody-" + centre.tag, Locale.ROOT))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining("nobody-" + centre.tag);
    }
}

package org.trainingcrm.domain.people;

import java.util.List;
import java.util.Optional;

/**
 * A person's place in the referral graph (C8): who brought them, and the people they brought,
 * listed depth first so that each person comes right before those they brought.
 *
 * @param referrer who brought the person, if anyone
 * @param referees the people below the person, down to the depth asked for
 * @param broughtDirectly how many people the person brought directly
 * @param broughtInTotal how many people the person brought, directly or through others, at any depth
 * @param broughtEnrolled how many of the people the person brought, at any depth, enrolled
 * @param highestLevelBrought the highest course level any of them finished, 0 for none
 */
public record ReferralTree(PersonRef person, Optional<PersonRef> referrer, List<Referee> referees,
        int broughtDirectly, int broughtInTotal, int broughtEnrolled, int highestLevelBrought) {

    public ReferralTree {
        referees = List.copyOf(referees);
    }
}

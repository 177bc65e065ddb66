package org.trainingcrm.domain.people;

import java.time.Instant;
import org.trainingcrm.domain.client.PersonId;

/**
 * A person in a referral tree (C8): who they are, who brought them, how far below the root they
 * stand, and how many they brought in turn. Enrollment figures join here when enrollment exists.
 *
 * @param depth 1 for a person the root brought directly, 2 for one brought by them, and so on
 * @param referredAt when the referral was recorded
 * @param broughtDirectly how many people this person brought directly
 * @param broughtInTotal how many people this person brought, directly or through others
 */
public record Referee(PersonId person, String fullName, PersonId referredBy, int depth, Instant referredAt,
        int broughtDirectly, int broughtInTotal) {
}

package org.trainingcrm.domain.people;

import java.time.Instant;

/**
 * A person in a referral tree (C8): who they are, who brought them, how far below the root they
 * stand, how many they brought in turn, and how far they and those they brought went in their studies.
 *
 * @param depth 1 for a person the root brought directly, 2 for one brought by them, and so on
 * @param referredAt when the referral was recorded
 * @param broughtDirectly how many people this person brought directly
 * @param broughtInTotal how many people this person brought, directly or through others
 * @param enrolled true when this person held a seat in a group at some time
 * @param highestLevel the highest course level this person finished, 0 for none
 * @param broughtEnrolled how many of the people this person brought, at any depth, enrolled
 */
public record Referee(PersonId person, String fullName, PersonId referredBy, int depth, Instant referredAt,
        int broughtDirectly, int broughtInTotal, boolean enrolled, int highestLevel, int broughtEnrolled) {
}

package org.trainingcrm.domain.people;


/**
 * A parent or guardian as a child's profile shows them: who they are, how to reach them, how
 * they are related and what they may do.
 *
 * @param phone their personal phone in E.164 form, or null
 * @param email their personal e-mail, or null
 */
public record GuardianCard(PersonId person, String fullName, String phone, String email, GuardianRelation relation,
        boolean mayPickUp, boolean mainContact) {
}

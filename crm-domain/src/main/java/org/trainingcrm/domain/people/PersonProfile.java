package org.trainingcrm.domain.people;

import java.time.LocalDate;
import java.util.List;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * A person's card as a user reads it (C7); {@code version} goes back with a change so that an
 * edit made meanwhile by someone else is refused. Medical notes are never part of it.
 *
 * @param branch the branch that registered the person, or null for a client's contact
 * @param phone personal phone in E.164 form, or null
 * @param email personal e-mail, or null
 * @param birthDate the birth date, or null when unknown
 * @param minor whether the person is under 18 today
 */
public record PersonProfile(PersonId id, long version, BranchId branch, String fullName, String phone, String email,
        LocalDate birthDate, boolean minor, List<GuardianCard> guardians, Preferences preferences) {

    public PersonProfile {
        guardians = List.copyOf(guardians);
    }
}

package org.trainingcrm.domain.client;

import org.trainingcrm.domain.people.PersonId;

/** A contact as the client card shows it: the person's name with their role at the client. */
public record ContactCard(PersonId person, String fullName, String position, String phone, String email,
        String notes) {
}

package org.trainingcrm.domain.bulk;

import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.people.PersonForm;

/** A new person and their role at the client being loaded. */
public record NewContact(PersonForm person, ContactForm role) {
}

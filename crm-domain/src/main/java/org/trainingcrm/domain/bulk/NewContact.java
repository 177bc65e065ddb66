package org.trainingcrm.domain.bulk;

import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.client.PersonForm;

/** A new person and their role at the client being loaded. */
public record NewContact(PersonForm person, ContactForm role) {
}

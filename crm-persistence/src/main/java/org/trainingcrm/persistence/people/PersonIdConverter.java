package org.trainingcrm.persistence.people;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link PersonId} to a CHAR(36) column. */
public final class PersonIdConverter extends UuidIdConverter<PersonId>
        implements AttributeConverter<PersonId, String> {

    public PersonIdConverter() {
        super(PersonId::value, PersonId::new);
    }
}

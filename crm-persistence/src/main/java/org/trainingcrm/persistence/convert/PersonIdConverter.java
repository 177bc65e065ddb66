package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.client.PersonId;

/** Maps {@link PersonId} to a CHAR(36) column. */
public final class PersonIdConverter extends UuidIdConverter<PersonId>
        implements AttributeConverter<PersonId, String> {

    public PersonIdConverter() {
        super(PersonId::value, PersonId::new);
    }
}

package org.trainingcrm.persistence.client;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link IndustryId} to a CHAR(36) column. */
public final class IndustryIdConverter extends UuidIdConverter<IndustryId>
        implements AttributeConverter<IndustryId, String> {

    public IndustryIdConverter() {
        super(IndustryId::value, IndustryId::new);
    }
}

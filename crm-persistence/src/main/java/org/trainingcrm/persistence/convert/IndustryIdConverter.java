package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.client.IndustryId;

/** Maps {@link IndustryId} to a CHAR(36) column. */
public final class IndustryIdConverter extends UuidIdConverter<IndustryId>
        implements AttributeConverter<IndustryId, String> {

    public IndustryIdConverter() {
        super(IndustryId::value, IndustryId::new);
    }
}

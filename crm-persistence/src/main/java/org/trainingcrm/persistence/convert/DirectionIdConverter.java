package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.catalog.DirectionId;

/** Maps {@link DirectionId} to a CHAR(36) column. */
public final class DirectionIdConverter extends UuidIdConverter<DirectionId>
        implements AttributeConverter<DirectionId, String> {

    public DirectionIdConverter() {
        super(DirectionId::value, DirectionId::new);
    }
}

package org.trainingcrm.persistence.catalog;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.catalog.DirectionId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link DirectionId} to a CHAR(36) column. */
public final class DirectionIdConverter extends UuidIdConverter<DirectionId>
        implements AttributeConverter<DirectionId, String> {

    public DirectionIdConverter() {
        super(DirectionId::value, DirectionId::new);
    }
}

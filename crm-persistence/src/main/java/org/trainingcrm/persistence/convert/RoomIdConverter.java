package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.schedule.RoomId;

/** Maps {@link RoomId} to a CHAR(36) column. */
public final class RoomIdConverter extends UuidIdConverter<RoomId>
        implements AttributeConverter<RoomId, String> {

    public RoomIdConverter() {
        super(RoomId::value, RoomId::new);
    }
}

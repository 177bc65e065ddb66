package org.trainingcrm.persistence.schedule;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link RoomId} to a CHAR(36) column. */
public final class RoomIdConverter extends UuidIdConverter<RoomId>
        implements AttributeConverter<RoomId, String> {

    public RoomIdConverter() {
        super(RoomId::value, RoomId::new);
    }
}

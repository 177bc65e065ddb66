package org.trainingcrm.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import java.util.UUID;
import java.util.function.Function;

/** Maps a plain UUID to a CHAR(36) column. */
public final class UuidConverter extends UuidIdConverter<UUID>
        implements AttributeConverter<UUID, String> {

    public UuidConverter() {
        super(Function.identity(), Function.identity());
    }
}

package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.access.UserId;

/** Maps {@link UserId} to a CHAR(36) column. */
public final class UserIdConverter extends UuidIdConverter<UserId>
        implements AttributeConverter<UserId, String> {

    public UserIdConverter() {
        super(UserId::value, UserId::new);
    }
}

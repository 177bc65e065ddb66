package org.trainingcrm.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.kernel.UserId;

/** Maps {@link UserId} to a CHAR(36) column. */
public final class UserIdConverter extends UuidIdConverter<UserId>
        implements AttributeConverter<UserId, String> {

    public UserIdConverter() {
        super(UserId::value, UserId::new);
    }
}

package org.trainingcrm.persistence.client;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link ClientId} to a CHAR(36) column. */
public final class ClientIdConverter extends UuidIdConverter<ClientId>
        implements AttributeConverter<ClientId, String> {

    public ClientIdConverter() {
        super(ClientId::value, ClientId::new);
    }
}

package org.trainingcrm.domain.client;

import java.util.Objects;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.TaxId;

/**
 * The checked details of a client card (C1, C2). Optional details are null when absent;
 * {@link ClientForm} builds one from what a user typed.
 */
public record ClientProfile(
        ClientKind kind,
        String shortName,
        String fullName,
        String address,
        TaxId taxId,
        PhoneNumber phone,
        PhoneNumber fax,
        Email email,
        String website,
        IndustryId industry) {

    public ClientProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shortName, "shortName");
    }
}

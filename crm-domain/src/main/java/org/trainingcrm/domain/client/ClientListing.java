package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.BranchId;

/**
 * One client as a search lists it.
 *
 * @param phone E.164 form, or null
 * @param taxId the tax number, or null
 * @param industry the industry, or null
 */
public record ClientListing(ClientId id, BranchId branch, ClientKind kind, String shortName, String phone,
        String taxId, IndustryId industry) {
}

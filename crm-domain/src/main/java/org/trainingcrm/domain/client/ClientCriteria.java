package org.trainingcrm.domain.client;

import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchScope;

/**
 * A client search in the form the {@link Clients} port runs it: every text already in
 * search form ({@link org.trainingcrm.domain.kernel.SearchKey}), phones in E.164.
 *
 * @param nameKey search form of the name text
 * @param positionKey search form of the beginning of a contact's position
 * @param phone E.164 phone
 * @param taxId normalised tax number
 */
public record ClientCriteria(
        BranchScope scope,
        Optional<String> nameKey,
        NameMatch nameMatch,
        Optional<IndustryId> industry,
        Optional<String> positionKey,
        Optional<String> phone,
        Optional<String> taxId) {
}

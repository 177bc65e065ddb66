package org.trainingcrm.domain.client;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.PersonId;

/**
 * Use case: search the client base (C5) by name, industry, contact position, phone and tax
 * id, within the branches the user may see.
 *
 * <p>The store selects the matches on indexed search columns, counts them, sorts them and cuts
 * the page: sorted by the short name's stored sort key of the user's locale ({@link SortLocale}),
 * because no collation is shared by Derby and PostgreSQL, and code-point order puts Ukrainian і
 * after я and accented Latin last.
 */
public final class ClientSearchService {

    private final Clients clients;
    private final Branches branches;
    private final UseCases useCases;

    public ClientSearchService(ClientPorts client, BranchPorts branch, UseCases useCases) {
        this.clients = client.clients();
        this.branches = branch.branches();
        this.useCases = useCases;
    }

    /** One page of the clients that match, sorted by short name in the actor's locale. */
    public Page<ClientListing> find(Actor actor, ClientQuery query) {
        return useCases.read(actor, ClientPermission.CLIENT_READ, uc -> clients.find(
                criteria(uc.actor(), uc.scope(), query), query.page(), SortLocale.of(uc.actor().locale())));
    }

    /** Every client at which the person is a contact (a person may serve several). */
    public List<ClientListing> clientsOf(Actor actor, PersonId person) {
        return useCases.read(actor, ClientPermission.CLIENT_READ, uc -> {
            BranchScope scope = uc.scope();
            return clients.withContact(person).stream().filter(l -> scope.includes(l.branch())).toList();
        });
    }

    private ClientCriteria criteria(Actor actor, BranchScope scope, ClientQuery query) {
        String region = branches.byId(actor.branch()).map(b -> b.region()).orElse(Locale.ROOT.getCountry());
        Optional<String> phone = Optional.ofNullable(query.phone()).filter(p -> !p.isBlank())
                .map(p -> PhoneNumber.searchForm(p, region)
                        .orElseThrow(() -> new InvalidValue("query.phone", p, "is not a phone number")));
        return new ClientCriteria(
                scope,
                key(query.name()),
                query.nameMatch(),
                Optional.ofNullable(query.industry()),
                key(query.position()),
                phone,
                Optional.ofNullable(query.taxId()).map(t -> t.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT))
                        .filter(t -> !t.isEmpty()));
    }

    private static Optional<String> key(String text) {
        return Optional.ofNullable(text).map(SearchKey::of).filter(k -> !k.isEmpty());
    }
}

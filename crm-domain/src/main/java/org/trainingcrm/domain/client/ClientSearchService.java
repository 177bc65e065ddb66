package org.trainingcrm.domain.client;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.people.PersonId;

/**
 * Use case: search the client base (C5) by name, industry, contact position, phone and tax
 * id, within the branches the user may see.
 *
 * <p>The database selects the matches on indexed search columns; the ordering is done here
 * with a {@link Collator} of the user's locale, because no collation is shared by Derby and
 * PostgreSQL, and code-point order puts Ukrainian і after я and accented Latin last.
 */
public final class ClientSearchService {

    private final Clients clients;
    private final Branches branches;
    private final AccessPolicy access;
    private final Transactions transactions;

    public ClientSearchService(Clients clients, Branches branches, AccessPolicy access, Transactions transactions) {
        this.clients = clients;
        this.branches = branches;
        this.access = access;
        this.transactions = transactions;
    }

    /** One page of the clients that match, sorted by short name in the actor's locale. */
    public Page<ClientListing> find(Actor actor, ClientQuery query) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.CLIENT_READ);
            List<ClientListing> matches = clients.find(criteria(actor, query));
            Collator collator = Collator.getInstance(actor.locale());
            List<ClientListing> sorted = matches.stream()
                    .sorted(Comparator.comparing(ClientListing::shortName, collator)
                            .thenComparing(l -> l.id().value()))
                    .toList();
            return Page.of(sorted, query.page());
        });
    }

    /** Every client at which the person is a contact (a person may serve several). */
    public List<ClientListing> clientsOf(Actor actor, PersonId person) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.CLIENT_READ);
            var scope = access.scopeOf(actor);
            return clients.withContact(person).stream().filter(l -> scope.includes(l.branch())).toList();
        });
    }

    private ClientCriteria criteria(Actor actor, ClientQuery query) {
        String region = branches.byId(actor.branch()).map(b -> b.region()).orElse(Locale.ROOT.getCountry());
        Optional<String> phone = Optional.ofNullable(query.phone()).filter(p -> !p.isBlank())
                .map(p -> PhoneNumber.searchForm(p, region)
                        .orElseThrow(() -> new InvalidValue("query.phone", p, "is not a phone number")));
        return new ClientCriteria(
                access.scopeOf(actor),
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

package org.trainingcrm.persistence.client;

import java.util.List;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientCriteria;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientKind;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.client.NameMatch;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.persistence.jpa.NativeSearch;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/**
 * The client base in the CRM database. Searches are native SQL so that each criterion is an
 * indexed lookup on a search column (see the changelog), the same on Derby and PostgreSQL; the
 * database counts, sorts by the stored sort key of the user's order and cuts the page.
 */
public final class JpaClients extends JpaRepository<Client, ClientId> implements Clients {

    private static final String COLUMNS = "SELECT c.id, c.branch_id, c.kind, c.short_name, c.phone, c.tax_id,"
            + " c.industry_id";
    private static final String FROM = "FROM client c";

    public JpaClients(JpaTransactions transactions) {
        super(transactions, Client.class);
    }

    @Override
    public Page<ClientListing> find(ClientCriteria criteria, PageRequest page, SortLocale order) {
        return search(criteria).page(em(), orderBy(order), page, JpaClients::listing);
    }

    /** The ORDER BY of a client search: the short name's sort key in the order, then the id. */
    public static String orderBy(SortLocale order) {
        return "c.name_sort_" + order.column() + ", c.id";
    }

    /** The native search of the criteria, over the listing's columns. */
    public static NativeSearch search(ClientCriteria criteria) {
        NativeSearch search = new NativeSearch(COLUMNS, FROM);
        criteria.scope().only().ifPresent(branch -> search.and("c.branch_id = ?", branch.toString()));
        criteria.nameKey().ifPresent(key -> {
            if (criteria.nameMatch() == NameMatch.PREFIX) {
                search.and("c.name_key LIKE ? ESCAPE '\\'", NativeSearch.escaped(key) + "%");
            } else {
                search.containing("c.id", "client_name_suffix s", "s.client_id", "c.name_key", key,
                        Client.SUFFIX_LENGTH);
            }
        });
        criteria.industry().ifPresent(industry -> search.and("c.industry_id = ?", industry.toString()));
        criteria.positionKey().ifPresent(key -> search.within("c.id", "k.client_id",
                "FROM client_contact k WHERE k.position_key LIKE ? ESCAPE '\\'", NativeSearch.escaped(key) + "%"));
        criteria.phone().ifPresent(phone -> search.and("c.id IN (SELECT p.id FROM client p WHERE p.phone = ?"
                + " UNION SELECT f.id FROM client f WHERE f.fax = ?"
                + " UNION SELECT k.client_id FROM client_contact k WHERE k.phone = ?)", phone, phone, phone));
        criteria.taxId().ifPresent(taxId -> search.and("c.tax_id = ?", taxId));
        return search;
    }

    @Override
    public List<ClientListing> withContact(PersonId person) {
        return listings(new NativeSearch(COLUMNS, FROM)
                .and("c.id IN (SELECT k.client_id FROM client_contact k WHERE k.person_id = ?)", person.toString()));
    }

    private List<ClientListing> listings(NativeSearch search) {
        return search.rows(em()).stream().map(JpaClients::listing).toList();
    }

    /** The listing of a row of the search's columns. */
    public static ClientListing listing(Object[] row) {
        return new ClientListing(
                ClientId.of(NativeSearch.text(row[0])),
                BranchId.of(NativeSearch.text(row[1])),
                ClientKind.valueOf(NativeSearch.text(row[2])),
                (String) row[3],
                (String) row[4],
                (String) row[5],
                row[6] == null ? null : IndustryId.of(NativeSearch.text(row[6])));
    }
}

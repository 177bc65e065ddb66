package org.trainingcrm.persistence.jpa;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.client.Client;
import org.trainingcrm.domain.client.ClientCriteria;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientKind;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.client.NameMatch;
import org.trainingcrm.domain.client.PersonId;

/**
 * The client base in the CRM database. Searches are native SQL so that each criterion is an
 * indexed lookup on a search column (see the changelog), the same on Derby and PostgreSQL.
 */
public final class JpaClients extends JpaRepository<Client, ClientId> implements Clients {

    private static final String LISTING = "SELECT c.id, c.branch_id, c.kind, c.short_name, c.phone, c.tax_id,"
            + " c.industry_id FROM client c";

    public JpaClients(JpaTransactions transactions) {
        super(transactions, Client.class);
    }

    @Override
    public List<ClientListing> find(ClientCriteria criteria) {
        StringBuilder sql = new StringBuilder(LISTING).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        criteria.scope().only().ifPresent(branch -> {
            sql.append(" AND c.branch_id = ?");
            parameters.add(branch.toString());
        });
        criteria.nameKey().ifPresent(key -> {
            if (criteria.nameMatch() == NameMatch.PREFIX) {
                sql.append(" AND c.name_key LIKE ? ESCAPE '\\'");
                parameters.add(escaped(key) + "%");
            } else {
                String head = key.length() > Client.SUFFIX_LENGTH ? key.substring(0, Client.SUFFIX_LENGTH) : key;
                sql.append(" AND c.id IN (SELECT s.client_id FROM client_name_suffix s WHERE s.suffix LIKE ? ESCAPE '\\')");
                parameters.add(escaped(head) + "%");
                if (!head.equals(key)) {
                    sql.append(" AND c.name_key LIKE ? ESCAPE '\\'");
                    parameters.add("%" + escaped(key) + "%");
                }
            }
        });
        criteria.industry().ifPresent(industry -> {
            sql.append(" AND c.industry_id = ?");
            parameters.add(industry.toString());
        });
        criteria.positionKey().ifPresent(key -> {
            sql.append(" AND c.id IN (SELECT k.client_id FROM client_contact k WHERE k.position_key LIKE ? ESCAPE '\\')");
            parameters.add(escaped(key) + "%");
        });
        criteria.phone().ifPresent(phone -> {
            sql.append(" AND c.id IN (SELECT p.id FROM client p WHERE p.phone = ?"
                    + " UNION SELECT f.id FROM client f WHERE f.fax = ?"
                    + " UNION SELECT k.client_id FROM client_contact k WHERE k.phone = ?)");
            parameters.add(phone);
            parameters.add(phone);
            parameters.add(phone);
        });
        criteria.taxId().ifPresent(taxId -> {
            sql.append(" AND c.tax_id = ?");
            parameters.add(taxId);
        });
        return listings(sql.toString(), parameters);
    }

    @Override
    public List<ClientListing> withContact(PersonId person) {
        return listings(LISTING + " WHERE c.id IN (SELECT k.client_id FROM client_contact k WHERE k.person_id = ?)",
                List.of(person.toString()));
    }

    private List<ClientListing> listings(String sql, List<Object> parameters) {
        em().flush();
        Query query = em().createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaClients::listing).toList();
    }

    private static ClientListing listing(Object[] row) {
        return new ClientListing(
                ClientId.of(text(row[0])),
                BranchId.of(text(row[1])),
                ClientKind.valueOf(text(row[2])),
                (String) row[3],
                (String) row[4],
                (String) row[5],
                row[6] == null ? null : IndustryId.of(text(row[6])));
    }

    private static String text(Object column) {
        return column.toString().trim();
    }

    /** Escapes LIKE's wildcards in what the user typed. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

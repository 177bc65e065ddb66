package org.trainingcrm.domain.catalog;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use case: browse the catalogue (K1) by timing (past, current, upcoming), direction, kind,
 * status and title text, within the branches the user may see; sorted and paged.
 *
 * <p>"Today" is the date the injected clock shows in its own zone: a host gives the CRM a
 * clock in the centre's zone. The database selects on indexed columns; titles are ordered
 * here with a {@link Collator} of the user's locale, since Derby and PostgreSQL share no collation.
 */
public final class CatalogSearchService {

    private final Courses courses;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final Clock clock;

    public CatalogSearchService(Courses courses, AccessPolicy access, Transactions transactions, Clock clock) {
        this.courses = courses;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One page of the courses that match, in the query's order. */
    public Page<CourseListing> find(Actor actor, CatalogQuery query) {
        return transactions.inTransaction(() -> {
            access.require(actor, CatalogPermission.CATALOG_READ);
            CatalogCriteria criteria = new CatalogCriteria(access.scopeOf(actor), Optional.ofNullable(query.timing()),
                    LocalDate.now(clock), Optional.ofNullable(query.direction()), Optional.ofNullable(query.kind()),
                    Optional.ofNullable(query.status()),
                    Optional.ofNullable(query.title()).map(SearchKey::of).filter(k -> !k.isEmpty()));
            List<CourseListing> sorted = courses.find(criteria).stream().sorted(order(query.order(), actor)).toList();
            return Page.of(sorted, query.page());
        });
    }

    private static Comparator<CourseListing> order(CatalogOrder order, Actor actor) {
        Collator collator = Collator.getInstance(actor.locale());
        Comparator<CourseListing> byTitle = Comparator.comparing(CourseListing::title, collator);
        Comparator<CourseListing> byStart = Comparator.comparing(CourseListing::startDate);
        Comparator<CourseListing> first = switch (order == null ? CatalogOrder.START_DATE : order) {
            case START_DATE -> byStart.thenComparing(byTitle);
            case START_DATE_DESCENDING -> byStart.reversed().thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(byStart);
        };
        return first.thenComparing(c -> c.id().value());
    }
}

package org.trainingcrm.domain.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use case: browse the catalogue (K1) by timing (past, current, upcoming), direction, kind,
 * status and title text, within the branches the user may see; sorted and paged.
 *
 * <p>"Today" is the date the use cases' clock shows in its own zone: a host gives the CRM a
 * clock in the centre's zone. The store selects on indexed columns, counts, sorts and cuts the
 * page; titles are compared by their stored sort key of the user's locale ({@link SortLocale}),
 * since Derby and PostgreSQL share no collation.
 */
public final class CatalogSearchService {

    private final Courses courses;
    private final UseCases useCases;

    public CatalogSearchService(CatalogPorts catalog, UseCases useCases) {
        this.courses = catalog.courses();
        this.useCases = useCases;
    }

    /** One page of the courses that match, in the query's order (by start date when it names none). */
    public Page<CourseListing> find(Actor actor, CatalogQuery query) {
        return useCases.read(actor, CatalogPermission.CATALOG_READ, uc -> {
            CatalogCriteria criteria = new CatalogCriteria(uc.scope(), Optional.ofNullable(query.timing()),
                    LocalDate.now(useCases.clock()), Optional.ofNullable(query.direction()),
                    Optional.ofNullable(query.kind()), Optional.ofNullable(query.status()),
                    Optional.ofNullable(query.title()).map(SearchKey::of).filter(k -> !k.isEmpty()));
            CatalogOrder order = query.order() == null ? CatalogOrder.START_DATE : query.order();
            return courses.find(criteria, order, query.page(), SortLocale.of(uc.actor().locale()));
        });
    }
}

package org.trainingcrm.persistence.catalog;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.Currency;
import java.util.List;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CatalogCriteria;
import org.trainingcrm.domain.catalog.CatalogOrder;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseFormat;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.CourseKind;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.catalog.CourseStatus;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.catalog.DirectionId;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;
import org.trainingcrm.persistence.jpa.NativeSearch;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/**
 * The catalogue in the CRM database. The catalogue search is native SQL so that each criterion
 * is a range or equality on an indexed column (see the changelog), the same on Derby and PostgreSQL;
 * the database counts, sorts (titles by their stored sort key of the user's order) and cuts the page.
 */
public final class JpaCourses extends JpaRepository<Course, CourseId> implements Courses {

    private static final String COLUMNS = "SELECT c.id, c.branch_id, c.kind, c.title, c.direction_id, c.format,"
            + " c.start_date, c.end_date, c.price_amount, c.price_currency, c.status, c.min_participants,"
            + " c.max_participants, c.prerequisite_id";
    private static final String FROM = "FROM course c";

    public JpaCourses(JpaTransactions transactions) {
        super(transactions, Course.class);
    }

    /** Written at once: its documents and groups refer to it by id only, and may follow in the same unit of work. */
    @Override
    public void add(Course course) {
        super.add(course);
        em().flush();
    }

    @Override
    public Page<CourseListing> find(CatalogCriteria criteria, CatalogOrder order, PageRequest page,
            SortLocale titles) {
        String title = "c.title_sort_" + titles.column();
        String orderBy = switch (order) {
            case START_DATE -> "c.start_date, " + title;
            case START_DATE_DESCENDING -> "c.start_date DESC, " + title;
            case TITLE -> title + ", c.start_date";
        };
        return search(criteria).page(em(), orderBy + ", c.id", page, JpaCourses::listing);
    }

    private static NativeSearch search(CatalogCriteria criteria) {
        NativeSearch search = new NativeSearch(COLUMNS, FROM);
        criteria.scope().only().ifPresent(branch -> search.and("c.branch_id = ?", branch.toString()));
        Date today = Date.valueOf(criteria.today());
        criteria.timing().ifPresent(timing -> {
            switch (timing) {
                case PAST -> search.and("c.last_date < ?", today);
                case CURRENT -> search.and("c.start_date <= ? AND c.last_date >= ?", today, today);
                case UPCOMING -> search.and("c.start_date > ?", today);
            }
        });
        criteria.direction().ifPresent(direction -> search.and("c.direction_id = ?", direction.toString()));
        criteria.kind().ifPresent(kind -> search.and("c.kind = ?", kind.name()));
        criteria.status().ifPresent(status -> search.and("c.status = ?", status.name()));
        criteria.titleKey().ifPresent(key -> search.containing("c.id", "course_title_suffix s", "s.course_id",
                "c.title_key", key, Course.SUFFIX_LENGTH));
        return search;
    }

    @Override
    public List<CourseListing> followersOf(CourseId course) {
        return listings(new NativeSearch(COLUMNS, FROM).and("c.prerequisite_id = ?", course.toString()));
    }

    private List<CourseListing> listings(NativeSearch search) {
        return search.rows(em()).stream().map(JpaCourses::listing).toList();
    }

    private static CourseListing listing(Object[] row) {
        return new CourseListing(
                CourseId.of(NativeSearch.text(row[0])),
                BranchId.of(NativeSearch.text(row[1])),
                CourseKind.valueOf(NativeSearch.text(row[2])),
                (String) row[3],
                row[4] == null ? null : DirectionId.of(NativeSearch.text(row[4])),
                CourseFormat.valueOf(NativeSearch.text(row[5])),
                ((Date) row[6]).toLocalDate(),
                row[7] == null ? null : ((Date) row[7]).toLocalDate(),
                new Money((BigDecimal) row[8], Currency.getInstance(NativeSearch.text(row[9]))),
                CourseStatus.valueOf(NativeSearch.text(row[10])),
                ((Number) row[11]).intValue(),
                ((Number) row[12]).intValue(),
                row[13] == null ? null : CourseId.of(NativeSearch.text(row[13])));
    }
}

package org.trainingcrm.persistence.jpa;

import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.catalog.CatalogCriteria;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseFormat;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.CourseKind;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.catalog.CourseStatus;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.catalog.DirectionId;
import org.trainingcrm.domain.kernel.Money;

/**
 * The catalogue in the CRM database. The catalogue search is native SQL so that each criterion
 * is a range or equality on an indexed column (see the changelog), the same on Derby and PostgreSQL.
 */
public final class JpaCourses extends JpaRepository<Course, CourseId> implements Courses {

    private static final String LISTING = "SELECT c.id, c.branch_id, c.kind, c.title, c.direction_id, c.format,"
            + " c.start_date, c.end_date, c.price_amount, c.price_currency, c.status, c.min_participants,"
            + " c.max_participants, c.prerequisite_id FROM course c";

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
    public List<CourseListing> find(CatalogCriteria criteria) {
        StringBuilder sql = new StringBuilder(LISTING).append(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        criteria.scope().only().ifPresent(branch -> {
            sql.append(" AND c.branch_id = ?");
            parameters.add(branch.toString());
        });
        Date today = Date.valueOf(criteria.today());
        criteria.timing().ifPresent(timing -> {
            switch (timing) {
                case PAST -> sql.append(" AND c.last_date < ?");
                case CURRENT -> {
                    sql.append(" AND c.start_date <= ? AND c.last_date >= ?");
                    parameters.add(today);
                }
                case UPCOMING -> sql.append(" AND c.start_date > ?");
            }
            parameters.add(today);
        });
        criteria.direction().ifPresent(direction -> {
            sql.append(" AND c.direction_id = ?");
            parameters.add(direction.toString());
        });
        criteria.kind().ifPresent(kind -> {
            sql.append(" AND c.kind = ?");
            parameters.add(kind.name());
        });
        criteria.status().ifPresent(status -> {
            sql.append(" AND c.status = ?");
            parameters.add(status.name());
        });
        criteria.titleKey().ifPresent(key -> {
            String head = key.length() > Course.SUFFIX_LENGTH ? key.substring(0, Course.SUFFIX_LENGTH) : key;
            sql.append(" AND c.id IN (SELECT s.course_id FROM course_title_suffix s WHERE s.suffix LIKE ? ESCAPE '\\')");
            parameters.add(escaped(head) + "%");
            if (!head.equals(key)) {
                sql.append(" AND c.title_key LIKE ? ESCAPE '\\'");
                parameters.add("%" + escaped(key) + "%");
            }
        });
        return listings(sql.toString(), parameters);
    }

    @Override
    public List<CourseListing> followersOf(CourseId course) {
        return listings(LISTING + " WHERE c.prerequisite_id = ?", List.of(course.toString()));
    }

    private List<CourseListing> listings(String sql, List<Object> parameters) {
        em().flush();
        Query query = em().createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(JpaCourses::listing).toList();
    }

    private static CourseListing listing(Object[] row) {
        return new CourseListing(
                CourseId.of(text(row[0])),
                BranchId.of(text(row[1])),
                CourseKind.valueOf(text(row[2])),
                (String) row[3],
                row[4] == null ? null : DirectionId.of(text(row[4])),
                CourseFormat.valueOf(text(row[5])),
                ((Date) row[6]).toLocalDate(),
                row[7] == null ? null : ((Date) row[7]).toLocalDate(),
                new Money((BigDecimal) row[8], Currency.getInstance(text(row[9]))),
                CourseStatus.valueOf(text(row[10])),
                ((Number) row[11]).intValue(),
                ((Number) row[12]).intValue(),
                row[13] == null ? null : CourseId.of(text(row[13])));
    }

    private static String text(Object column) {
        return column.toString().trim();
    }

    /** Escapes LIKE's wildcards in what the user typed. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

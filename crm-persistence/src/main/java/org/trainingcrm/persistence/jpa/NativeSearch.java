package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;

/**
 * One search written as native SQL: criteria add conditions and their parameters, and the
 * rows come back as arrays. Native, so each criterion stays an indexed lookup on a search
 * column, the same on Derby and PostgreSQL; a page is cut by the database with the standard
 * {@code ORDER BY ... OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}, which both understand.
 */
public final class NativeSearch {

    private final String columns;
    private final StringBuilder from;
    private final List<Object> joinParameters = new ArrayList<>();
    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> whereParameters = new ArrayList<>();
    private int joins;

    /** A search of the given columns ({@code SELECT a, b}) over the given {@code FROM t x}. */
    public NativeSearch(String columns, String from) {
        this.columns = columns;
        this.from = new StringBuilder(" ").append(from.strip());
    }

    /** A search over the given SELECT ... FROM, to which conditions are added with AND. */
    public NativeSearch(String select) {
        this(select.substring(0, select.indexOf(" FROM ")), select.substring(select.indexOf(" FROM ")));
    }

    /** Adds a condition with its parameters, one for each question mark. */
    public NativeSearch and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        whereParameters.addAll(List.of(values));
        return this;
    }

    /**
     * Keeps the rows whose id is among those a lookup finds ({@code SELECT DISTINCT found FROM ...}),
     * joined on the id. A join rather than {@code id IN (subquery)}: Derby turns the IN into an
     * exists join driven by the outer table and visits every row of both tables (seconds on
     * 100,000 clients), where the distinct ids of an index range lead it to the few rows that match.
     *
     * @param idColumn the searched table's id, such as {@code c.id}
     * @param found the column of the lookup that holds that id, such as {@code s.client_id}
     * @param fromWhere the lookup's {@code FROM ... WHERE ...}, with a question mark per value
     */
    public NativeSearch within(String idColumn, String found, String fromWhere, Object... values) {
        String alias = "m" + (++joins);
        from.append(" JOIN (SELECT DISTINCT ").append(found).append(" AS match_id ").append(fromWhere).append(") ")
                .append(alias).append(" ON ").append(alias).append(".match_id = ").append(idColumn);
        joinParameters.addAll(List.of(values));
        return this;
    }

    /**
     * Adds "the search key contains the text": a prefix search on the suffix table (suffixes
     * cut to suffixLength, aliased s, with the owner's id in the owner column), plus a check on the whole key when
     * the text is longer than that.
     *
     * @param suffixes the suffix table and its owner column, such as {@code client_name_suffix s}
     *     and {@code s.client_id}
     */
    public NativeSearch containing(String idColumn, String suffixes, String owner, String keyColumn, String key,
            int suffixLength) {
        String head = key.length() > suffixLength ? key.substring(0, suffixLength) : key;
        within(idColumn, owner, "FROM " + suffixes + " WHERE s.suffix LIKE ? ESCAPE '\\'", escaped(head) + "%");
        if (!head.equals(key)) {
            and(keyColumn + " LIKE ? ESCAPE '\\'", "%" + escaped(key) + "%");
        }
        return this;
    }

    /** Runs the search in the unit of work, after writing its pending changes. */
    public List<Object[]> rows(EntityManager em) {
        em.flush();
        return run(em, columns + from + where, parameters());
    }

    /**
     * One page of the rows in the given order (which must end in a unique column, so that pages
     * never overlap) and the count of all rows; the count is a second query only when the page
     * is full or empty, since a short page tells it.
     */
    public <T> Page<T> page(EntityManager em, String orderBy, PageRequest request, Function<Object[], T> row) {
        em.flush();
        long offset = (long) request.number() * request.size();
        List<Object> pageParameters = new ArrayList<>(parameters());
        pageParameters.add(offset);
        pageParameters.add(request.size());
        List<T> items = run(em, pageSql(orderBy), pageParameters).stream().map(row).toList();
        boolean told = items.size() < request.size() && (!items.isEmpty() || offset == 0);
        long total = told ? offset + items.size() : ((Number) single(em, countSql(), parameters())).longValue();
        return new Page<>(items, request.number(), request.size(), total);
    }

    /** The SQL of one page; its last two parameters are the offset and the page size. */
    public String pageSql(String orderBy) {
        return columns + from + where + " ORDER BY " + orderBy + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    /** The SQL that counts every row of the search. */
    public String countSql() {
        return "SELECT COUNT(*)" + from + where;
    }

    /** The parameters of the joins and the conditions, in their order in the SQL. */
    public List<Object> parameters() {
        List<Object> all = new ArrayList<>(joinParameters);
        all.addAll(whereParameters);
        return all;
    }

    private static List<Object[]> run(EntityManager em, String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bound(em, sql, parameters).getResultList();
        return rows;
    }

    private static Object single(EntityManager em, String sql, List<Object> parameters) {
        return bound(em, sql, parameters).getSingleResult();
    }

    private static Query bound(EntityManager em, String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** A CHAR column's text without the padding some databases add. */
    public static String text(Object column) {
        return column.toString().trim();
    }

    /** Escapes LIKE's wildcards in what the user typed. */
    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

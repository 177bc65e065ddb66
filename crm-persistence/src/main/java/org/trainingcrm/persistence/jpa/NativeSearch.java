package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * One search written as native SQL: criteria add conditions and their parameters, and the
 * rows come back as arrays. Native, so each criterion stays an indexed lookup on a search
 * column, the same on Derby and PostgreSQL.
 */
public final class NativeSearch {

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    /** A search over the given SELECT ... FROM, to which conditions are added with AND. */
    public NativeSearch(String select) {
        this.sql = new StringBuilder(select).append(" WHERE 1 = 1");
    }

    /** Adds a condition with its parameters, one for each question mark. */
    public NativeSearch and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /**
     * Adds "the search key contains the text": a prefix search on the suffix table (suffixes
     * cut to suffixLength), plus a check on the whole key when the text is longer than that.
     */
    public NativeSearch containing(String idColumn, String suffixQuery, String keyColumn, String key, int suffixLength) {
        String head = key.length() > suffixLength ? key.substring(0, suffixLength) : key;
        and(idColumn + " IN (" + suffixQuery + " LIKE ? ESCAPE '\\')", escaped(head) + "%");
        if (!head.equals(key)) {
            and(keyColumn + " LIKE ? ESCAPE '\\'", "%" + escaped(key) + "%");
        }
        return this;
    }

    /** Runs the search in the unit of work, after writing its pending changes. */
    public List<Object[]> rows(EntityManager em) {
        em.flush();
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
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

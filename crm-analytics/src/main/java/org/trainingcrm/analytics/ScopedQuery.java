package org.trainingcrm.analytics;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.persistence.CrmDatabase;

/**
 * A report's SQL with its named scope parameters turned into JDBC {@code ?} markers, and the
 * binding of an actor's {@link BranchScope} to them.
 *
 * <p>Every report filters with {@code WHERE (:all_branches = 1 OR branch_id = :branch)}: Calcite
 * pushes that filter, markers and all, into the one statement it sends the database (on Derby and
 * PostgreSQL alike), so the scope is applied by the database and one plan serves every actor.
 * The parameters are named, not positional, so a report may repeat them (one filter per view it
 * reads) without counting markers.
 */
final class ScopedQuery {

    /** 1 when the actor sees every branch, else 0. */
    static final String ALL_BRANCHES = "all_branches";
    /** The actor's branch id as the tables store it, or '' (no branch's id) when the actor sees every branch. */
    static final String BRANCH = "branch";

    private static final Set<String> KNOWN = Set.of(ALL_BRANCHES, BRANCH);

    private final String sql;
    private final List<String> parameters;

    private ScopedQuery(String sql, List<String> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /** Reads the report's named parameters; refuses one that does not filter by the scope. */
    static ScopedQuery of(Report report) {
        StringBuilder sql = new StringBuilder(report.sql().length());
        List<String> parameters = new ArrayList<>();
        new Scanner(report.sql(), sql, parameters).scan();
        for (String name : parameters) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("report '" + report.name() + "' uses the unknown parameter :"
                        + name + "; reports know :" + ALL_BRANCHES + " and :" + BRANCH);
            }
        }
        if (!parameters.containsAll(KNOWN)) {
            // the branch scope is part of every query's filter, not something a report may forget
            throw new IllegalArgumentException("report '" + report.name() + "' does not filter by the actor's"
                    + " branch scope: add WHERE (:" + ALL_BRANCHES + " = 1 OR branch_id = :" + BRANCH + ")");
        }
        return new ScopedQuery(sql.toString(), List.copyOf(parameters));
    }

    /** The SQL with a {@code ?} for each named parameter, for Calcite to prepare. */
    String sql() {
        return sql;
    }

    /** Binds the scope to every marker of a statement prepared from {@link #sql()}. */
    void bind(PreparedStatement statement, BranchScope scope) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            int index = i + 1;
            if (ALL_BRANCHES.equals(parameters.get(i))) {
                statement.setInt(index, scope.only().isPresent() ? 0 : 1);
            } else {
                // not NULL: Calcite hands a NULL parameter to Derby untyped, and Derby refuses it
                statement.setString(index, scope.only().map(ScopedQuery::stored).orElse(""));
            }
        }
    }

    private static String stored(BranchId branch) {
        return CrmDatabase.columnValue(branch);
    }

    /** Copies SQL text, replacing {@code :name} outside literals, quoted names and comments. */
    private static final class Scanner {

        private final String text;
        private final StringBuilder out;
        private final List<String> names;
        private int at;

        Scanner(String text, StringBuilder out, List<String> names) {
            this.text = text;
            this.out = out;
            this.names = names;
        }

        void scan() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\'' || c == '"') {
                    copyThrough(String.valueOf(c), at + 1);
                } else if (text.startsWith("--", at)) {
                    copyThrough("\n", at + 2);
                } else if (text.startsWith("/*", at)) {
                    copyThrough("*/", at + 2);
                } else if (c == ':' && at + 1 < text.length() && isNameStart(text.charAt(at + 1))) {
                    int end = at + 1;
                    while (end < text.length() && isNamePart(text.charAt(end))) {
                        end++;
                    }
                    names.add(text.substring(at + 1, end));
                    out.append('?');
                    at = end;
                } else {
                    out.append(c);
                    at++;
                }
            }
        }

        // a doubled quote inside a literal ends it and opens the next: copied the same either way
        private void copyThrough(String closing, int from) {
            int end = text.indexOf(closing, from);
            int next = end < 0 ? text.length() : end + closing.length();
            out.append(text, at, next);
            at = next;
        }

        private static boolean isNameStart(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isNamePart(char c) {
            return isNameStart(c) || (c >= '0' && c <= '9');
        }
    }
}

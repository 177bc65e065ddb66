package org.trainingcrm.analytics.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named analytics query in Calcite's SQL dialect, read from the {@code report.sql} resource of
 * the report's folder, whose header comment says what it answers. The query filters by the
 * actor's branch scope through the named parameters {@code :all_branches} and {@code :branch}
 * (see {@code CrmAnalytics}); the folder also holds the changelog of the view it reads, if any.
 *
 * @param name  the report's folder name, e.g. {@code clients-per-manager-by-industry}
 * @param title the first line of the header comment, used for sheet and chart titles
 * @param sql   the query text, header included, without a trailing semicolon
 */
public record Report(String name, String title, String sql) {

    private static final String FOLDER = "org/trainingcrm/analytics/reports/";
    private static final String INDEX = FOLDER + "index.txt";
    private static final String QUERY = "/report.sql";
    // names become resource paths: no dots or slashes, so a name cannot walk out of the folder
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks that the report has a well-formed name, a title and a query. */
    public Report {
        Objects.requireNonNull(name, "report name");
        Objects.requireNonNull(title, "report title");
        Objects.requireNonNull(sql, "report sql");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("report name '" + name
                    + "' must be lower-case words joined by hyphens");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("report '" + name + "' has no title");
        }
        if (sql.isBlank()) {
            throw new IllegalArgumentException("report '" + name + "' has no query");
        }
    }

    /** Loads the report stored as {@code org/trainingcrm/analytics/reports/<name>/report.sql}. */
    public static Report named(String name) {
        Objects.requireNonNull(name, "report name");
        Optional<String> text = NAME.matcher(name).matches()
                ? resource(FOLDER + name + QUERY)
                : Optional.empty();
        return fromText(name, text.orElseThrow(() -> new IllegalArgumentException("unknown report '"
                + name + "'; known reports: " + String.join(", ", knownNames()))));
    }

    /** Loads every report listed in the reports index, in the order listed. */
    public static List<Report> all() {
        return knownNames().stream().map(Report::named).toList();
    }

    /** The names of the reports listed in the reports index. */
    public static List<String> knownNames() {
        String index = resource(INDEX).orElseThrow(() -> new IllegalStateException(
                "the reports index " + INDEX + " is missing from the classpath"));
        return index.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /**
     * Builds a report from SQL text whose leading {@code --} comment lines form the header; the
     * first header line is the title.
     */
    public static Report fromText(String name, String text) {
        Objects.requireNonNull(text, "report text");
        String title = text.lines()
                .map(String::strip)
                .takeWhile(line -> line.startsWith("--") || line.isEmpty())
                .filter(line -> line.startsWith("--"))
                .map(line -> line.substring(2).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("report '" + name
                        + "' must open with a '--' comment saying what it answers"));
        return new Report(name, title, withoutTrailingSemicolon(text));
    }

    // Calcite's JDBC driver takes exactly one statement and refuses a terminating ';',
    // while SQL tools people use to write the file like to add one.
    private static String withoutTrailingSemicolon(String text) {
        String sql = text.strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        return sql;
    }

    private static Optional<String> resource(String path) {
        ClassLoader loader = Report.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null
                    ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}

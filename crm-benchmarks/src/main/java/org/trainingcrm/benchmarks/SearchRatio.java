package org.trainingcrm.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SearchBenchmark}, the CRM and the plain SQL of each search in one session, and
 * prints the medians and the ratio the search must keep within 1.5:
 *
 * <pre>
 * java -cp crm-benchmarks/target/benchmarks.jar org.trainingcrm.benchmarks.SearchRatio
 * </pre>
 *
 * JMH options given after the class pass through, such as {@code -i 3 -wi 2}.
 */
public final class SearchRatio {

    /**
     * Forks of each search in the order crm, sql, sql, crm: on a shared machine the load drifts
     * between forks (medians moved by half between two forks of one side), and in this order a
     * steady drift weighs the same on both sides. A side's median is the mean of its two forks'.
     */
    private static final List<String> ORDER = List.of("crm", "sql", "sql", "crm");
    private static final List<String> SEARCHES = List.of("nameContains", "industry", "positionStartsWith");

    private SearchRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options given = new CommandLineOptions(args);
        Map<String, Map<String, List<Double>>> medians = new LinkedHashMap<>();
        for (String search : SEARCHES) {
            for (String side : ORDER) {
                RunResult result = new Runner(new OptionsBuilder()
                        .parent(given)
                        .include(SearchBenchmark.class.getName() + "\\." + side + "$")
                        .param("search", search)
                        .build()).runSingle();
                medians.computeIfAbsent(search, s -> new LinkedHashMap<>())
                        .computeIfAbsent(side, s -> new ArrayList<>())
                        .add(result.getPrimaryResult().getStatistics().getPercentile(50));
            }
        }
        System.out.println();
        System.out.println("first page of 50 on " + SearchDatabase.CLIENTS + " clients, p50 ms a search (two forks a side):");
        medians.forEach((search, sides) -> {
            double crm = mean(sides.get("crm"));
            double sql = mean(sides.get("sql"));
            System.out.printf(Locale.ROOT, "%-19s CRM %7.1f (forks %s), SQL %7.1f (forks %s), ratio %.2f%n",
                    search, crm, forks(sides.get("crm")), sql, forks(sides.get("sql")), crm / sql);
        });
    }

    private static String forks(List<Double> medians) {
        return String.join(" ", medians.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}

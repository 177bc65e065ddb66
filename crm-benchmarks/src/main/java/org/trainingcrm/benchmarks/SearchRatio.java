package org.trainingcrm.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link SearchBenchmark}, the CRM and the plain SQL of each search in one JMH session, and
 * prints the medians and the ratio the search must keep within 1.5:
 *
 * <pre>
 * java -cp crm-benchmarks/target/benchmarks.jar org.trainingcrm.benchmarks.SearchRatio
 * </pre>
 *
 * JMH options given after the class pass through, such as {@code -i 3 -wi 2}.
 */
public final class SearchRatio {

    private SearchRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(SearchBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, Statistics[]> bySearch = new LinkedHashMap<>();
        for (RunResult result : results) {
            String search = result.getParams().getParam("search");
            boolean crm = result.getParams().getBenchmark().endsWith(".crm");
            bySearch.computeIfAbsent(search, s -> new Statistics[2])[crm ? 0 : 1] =
                    result.getPrimaryResult().getStatistics();
        }
        System.out.println();
        System.out.println("first page of 50 on " + SearchDatabase.CLIENTS + " clients, ms a search:");
        bySearch.forEach((search, sides) -> {
            if (sides[0] == null || sides[1] == null) {
                return;
            }
            double crm = sides[0].getPercentile(50);
            double sql = sides[1].getPercentile(50);
            System.out.printf(Locale.ROOT, "%-19s p50 CRM %7.2f, SQL %7.2f, ratio %.2f (p90 %.2f / %.2f, %d / %d samples)%n",
                    search, crm, sql, crm / sql, sides[0].getPercentile(90), sides[1].getPercentile(90),
                    sides[0].getN(), sides[1].getN());
        });
    }
}

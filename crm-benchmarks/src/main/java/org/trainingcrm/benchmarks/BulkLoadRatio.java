package org.trainingcrm.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.ListStatistics;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * Runs {@link BulkLoadBenchmark}, both sides in one JMH session, and prints their throughputs and
 * the ratio the bulk path must keep at 0.8 or above:
 *
 * <pre>
 * mvn -B -q -Pbench -pl crm-benchmarks -am package -DskipTests &amp;&amp; java -jar crm-benchmarks/target/benchmarks.jar
 * </pre>
 *
 * JMH options given after the jar pass through, such as {@code -prof stack} or {@code -i 10}.
 */
public final class BulkLoadRatio {

    /**
     * Forks in the order crm, raw, raw, crm. Derby's synchronous log makes every score follow the
     * disk and the machine's other work; one fork a side, one after the other, measured that drift
     * (ratios from 0.64 to 0.88 within an hour on a shared 2-core machine). In this order a steady
     * drift weighs the same on both sides.
     */
    private static final List<String> ORDER = List.of("crmBulkLoad", "rawJdbc", "rawJdbc", "crmBulkLoad");

    private BulkLoadRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options given = new CommandLineOptions(args);
        Map<String, List<Double>> microsPerClient = new LinkedHashMap<>();
        List<String> forks = new ArrayList<>();
        for (String side : ORDER) {
            RunResult result = new Runner(new OptionsBuilder()
                    .parent(given)
                    .include(BulkLoadBenchmark.class.getName() + "\\." + side + "$")
                    .build()).runSingle();
            List<Double> scores = microsPerClient.computeIfAbsent(side, s -> new ArrayList<>());
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            forks.add(String.format(Locale.ROOT, "%s %.0f", side, result.getPrimaryResult().getScore()));
        }
        double rowsPerClient = BulkLoadBenchmark.rows(BranchId.newId(), UserId.newId()).prepared().rowsPerClient();
        ListStatistics raw = statistics(microsPerClient.get("rawJdbc"));
        ListStatistics crm = statistics(microsPerClient.get("crmBulkLoad"));
        System.out.println();
        System.out.println("µs a client by fork, in order: " + String.join(", ", forks));
        print("raw JDBC batches", raw, rowsPerClient);
        print("CRM bulk load   ", crm, rowsPerClient);
        System.out.printf(Locale.ROOT, "bulk load / raw JDBC throughput ratio: %.2f%n", raw.getMean() / crm.getMean());
    }

    private static ListStatistics statistics(List<Double> scores) {
        return new ListStatistics(scores.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void print(String side, ListStatistics microsPerClient, double rowsPerClient) {
        double clientsPerSecond = 1_000_000 / microsPerClient.getMean();
        System.out.printf(Locale.ROOT, "%s: %,6.0f clients/s, %,7.0f rows/s (%.0f ± %.0f µs a client, %d invocations)%n",
                side, clientsPerSecond, clientsPerSecond * rowsPerClient, microsPerClient.getMean(),
                microsPerClient.getMeanErrorAt(0.999), microsPerClient.getN());
    }
}

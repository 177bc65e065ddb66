package org.trainingcrm.samples.demo;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.bulk.BulkLoadReport;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.persistence.CrmDatabase;

/**
 * The demo training centre: a host application that embeds Training CRM. The first run opens a
 * head office in Moscow and branches in Kyiv and Madrid, gives their staff logins and loads a
 * client base drawn in five languages, then grows each office's catalogue, timetable and a year of
 * classes (enrollments, attendance, results, certificates); later runs find it and reuse it. Every run then tours
 * the client base through the services and writes the analytics workbook.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests && mvn -B -q -pl crm-samples exec:java
 * }</pre>
 *
 * <p>The optional first argument is the base folder, {@code crm-demo} by default; the optional
 * second one the number of clients of a first run, 20,000 by default
 * ({@code -Dexec.args="crm-demo-small 2000"}).
 */
public final class DemoTrainingCentre {

    private static final String LIQUIBASE_SUMMARY = "liquibase.command.showSummaryOutput";
    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

    private DemoTrainingCentre() {
    }

    /** Runs the demo; arguments: an optional base folder, then an optional number of clients. */
    public static void main(String[] arguments) {
        // the workbook's charts are drawn off-screen
        System.setProperty("java.awt.headless", "true");
        // Liquibase prints an update summary to standard output on every start unless told to
        // log it, and POI's Log4j API complains on standard error when it finds no Log4j
        // backend; its built-in simple logger reports errors only
        System.setProperty(LIQUIBASE_SUMMARY, System.getProperty(LIQUIBASE_SUMMARY, "log"));
        System.setProperty(LOG4J_FACTORY, System.getProperty(LOG4J_FACTORY,
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
        run(DemoSettings.fromArguments(arguments), console());
    }

    /** Opens (filling on first use) the demo centre, tours it and writes its analytics workbook. */
    public static void run(DemoSettings settings, PrintStream out) {
        long started = System.nanoTime();
        Path database = settings.database().toAbsolutePath();
        out.printf("Training CRM demo centre%nDatabase: %s (embedded Derby)%n", database);
        try (CrmDatabase store = CrmDatabase.embedded(database)) {
            Clock clock = Clock.systemUTC();
            Crm crm = Crm.on(store, clock);
            DemoCentre centre = DemoStaff.existing(crm)
                    .map(found -> reuse(crm, found, settings, out))
                    .orElseGet(() -> fill(crm, store, clock, settings, out));
            new DemoTour(crm, centre, out).take();
            long analytics = System.nanoTime();
            // the head office's administrator sees every branch; a branch manager would see theirs
            Path workbook = DemoAnalytics.writeWorkbook(crm, centre.administrator(), store, settings.workbook());
            out.printf("%nAnalytics workbook (%s) exported by %s (login %s): %s%n",
                    readable(Duration.ofNanos(System.nanoTime() - analytics)),
                    centre.nameOf(centre.administrator().user()), DemoCentrePlan.ADMINISTRATOR, workbook);
        }
        out.printf("Run time: %s%n", readable(Duration.ofNanos(System.nanoTime() - started)));
    }

    private static DemoCentre fill(Crm crm, CrmDatabase store, Clock clock, DemoSettings settings,
            PrintStream out) {
        out.println("The database is empty: opening the centre");
        DemoCentre centre = DemoStaff.open(crm);
        for (DemoOffice office : centre.offices()) {
            out.printf("  %s (%s)%s: %s%n", office.plan().name(), office.plan().country().code(),
                    office.plan().headOffice() ? ", head office" : "",
                    String.join(", ", office.managers().stream().map(centre::nameOf).toList()));
        }
        out.printf("  administrator: %s (login %s)%n", centre.nameOf(centre.administrator().user()),
                DemoCentrePlan.ADMINISTRATOR);
        List<IndustryId> industries = DemoIndustries.define(crm, centre);
        out.printf("  industry dictionary: %d industries, named by each office in its language%n",
                industries.size());
        BulkLoadReport loaded = DemoLoad.load(crm, store.transactions(), centre, industries, settings, out);
        if (loaded.clients() != settings.clients()) {
            throw new IllegalStateException("loaded " + loaded.clients() + " clients, not " + settings.clients());
        }
        DemoProgrammes.grow(crm, centre, clock, settings.seed(), out);
        return centre;
    }

    private static DemoCentre reuse(Crm crm, DemoCentre centre, DemoSettings settings, PrintStream out) {
        long clients = crm.search().find(centre.administrator(), ClientQuery.all().page(0, 1)).total();
        int industries = crm.industries().list(centre.administrator()).size();
        out.printf("The database already holds the centre: reusing it%n  %d branches, %d staff, %d industries,"
                + " %,d clients%n", centre.offices().size(), centre.staff().size(), industries, clients);
        if (clients < settings.clients()) {
            out.printf("  (fewer clients than the %,d asked for: an earlier first run stopped early; delete %s"
                    + " to start afresh)%n", settings.clients(), settings.database().toAbsolutePath());
        }
        return centre;
    }

    private static String readable(Duration time) {
        return time.toMinutes() > 0
                ? String.format("%d min %02d s", time.toMinutes(), time.toSecondsPart())
                : String.format("%.1f s", time.toMillis() / 1000.0);
    }

    /**
     * Standard output in the console's encoding when it can show Cyrillic and Chinese, else in
     * UTF-8: a JVM started under the POSIX locale would print every name as "?".
     */
    private static PrintStream console() {
        String name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
        Charset charset = Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        if (!charset.newEncoder().canEncode("Жї教")) {
            charset = StandardCharsets.UTF_8;
        }
        return new PrintStream(System.out, true, charset);
    }
}

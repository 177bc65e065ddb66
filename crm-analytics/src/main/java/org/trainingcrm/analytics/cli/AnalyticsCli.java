package org.trainingcrm.analytics.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.trainingcrm.analytics.AnalyticsWorkbook;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.persistence.CrmDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The analysts' command line: runs reports over a CRM database given by JDBC URL on behalf of a
 * CRM user given by login, and writes them to one Excel workbook. The user needs the
 * {@code REPORT_EXPORT} permission; the reports show the branches the user may see, and the
 * export is recorded in the audit log.
 */
@Command(name = "crm-analytics", mixinStandardHelpOptions = true, versionProvider = AnalyticsCli.Version.class,
        description = "Runs Training CRM reports over a database and writes them to an Excel workbook.")
public final class AnalyticsCli implements Callable<Integer> {

    /** Exit code when a report or the database fails (picocli uses 2 for bad arguments). */
    public static final int FAILED = 1;

    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "JDBC-URL",
            description = "Database to report on, e.g. jdbc:derby:/srv/crm/db or jdbc:postgresql://host/crm.")
    private String url;

    @Option(names = "--user", required = true, paramLabel = "LOGIN",
            description = "CRM login of the user the reports are exported for; they show that user's branches.")
    private String login;

    @Option(names = "--db-user", paramLabel = "NAME", description = "Database user, unless the URL names one.")
    private String databaseUser;

    @Option(names = "--db-password", paramLabel = "SECRET", arity = "0..1", interactive = true,
            description = "Database password; give the option without a value to be asked for it.")
    private String databasePassword;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Workbook to write.")
    private Path out;

    @Option(names = "--report", paramLabel = "NAME", completionCandidates = KnownReports.class,
            description = "Report to run, repeatable; one of: ${COMPLETION-CANDIDATES}. Default: all of them.")
    private List<String> reports = new ArrayList<>();

    /** Runs the command line and exits with its code: 0 done, 1 failed, 2 bad arguments. */
    public static void main(String... args) {
        // this process owns its JVM and draws charts off-screen only
        System.setProperty("java.awt.headless", "true");
        // POI logs through the Log4j API; without a Log4j backend that API complains on stderr
        // at start-up. Its built-in simple logger (errors only) keeps analysts' output clean.
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling set up, for callers that run it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new AnalyticsCli())
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    // analysts need the reason, not a stack trace
                    PrintWriter err = commandLine.getErr();
                    err.println(commandLine.getColorScheme().errorText("crm-analytics: " + failure.getMessage()));
                    return FAILED;
                });
    }

    /** Runs the chosen reports as the user and writes the workbook; answers the exit code. */
    @Override
    public Integer call() {
        List<Report> chosen = chosenReports();
        try (CrmDatabase database = CrmDatabase.connect(url, databaseUser, databasePassword)) {
            Crm crm = Crm.on(database, Clock.systemUTC());
            Actor actor = crm.staff().actorForLogin(login, Locale.getDefault());
            Path written = AnalyticsWorkbook.write(crm, actor, database.dataSource(), out, chosen);
            spec.commandLine().getOut().println("Wrote " + chosen.size() + " report(s) for " + login + " to "
                    + written.toAbsolutePath());
        }
        return 0;
    }

    private List<Report> chosenReports() {
        try {
            return reports.isEmpty() ? Report.all() : reports.stream().distinct().map(Report::named).toList();
        } catch (IllegalArgumentException unknown) {
            // an unknown report name is a usage mistake: show it with the usage help, exit 2
            throw new ParameterException(spec.commandLine(), unknown.getMessage());
        }
    }

    /** The version from the jar's manifest, when the jar was built with one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AnalyticsCli.class.getPackage().getImplementationVersion();
            return new String[] {"crm-analytics " + (version == null ? "(development build)" : version)};
        }
    }

    /** The known report names, offered in help and shell completion. */
    static final class KnownReports implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Report.knownNames().iterator();
        }
    }
}

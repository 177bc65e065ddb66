package org.trainingcrm.samples.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the demo centre lives and how big it is.
 *
 * @param folder the base folder: the database goes into {@code database} under it, the
 *     analytics workbook next to it
 * @param clients how many clients the first run loads
 * @param seed the seed of every random draw, so that runs with the same seed draw the same centre
 */
public record DemoSettings(Path folder, int clients, long seed) {

    /** The size of the demo centre unless told otherwise. */
    public static final int DEFAULT_CLIENTS = 20_000;
    /** The seed the demo draws its centre with unless told otherwise. */
    public static final long DEFAULT_SEED = 20_260_901L;

    public DemoSettings {
        Objects.requireNonNull(folder, "folder");
        if (clients < 1) {
            throw new IllegalArgumentException("the demo needs at least one client, not " + clients);
        }
    }

    /** The default centre in the given base folder. */
    public static DemoSettings in(Path folder) {
        return new DemoSettings(folder, DEFAULT_CLIENTS, DEFAULT_SEED);
    }

    /**
     * The settings from the command line: an optional base folder, {@code crm-demo} by default,
     * then an optional number of clients.
     */
    public static DemoSettings fromArguments(String... arguments) {
        DemoSettings settings = in(Path.of(arguments.length > 0 ? arguments[0] : "crm-demo"));
        if (arguments.length > 1) {
            try {
                settings = settings.withClients(Integer.parseInt(arguments[1].replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the second argument is a number of clients, not "
                        + arguments[1], e);
            }
        }
        return settings;
    }

    /** The same centre with another number of clients. */
    public DemoSettings withClients(int count) {
        return new DemoSettings(folder, count, seed);
    }

    /** The folder of the embedded Derby database. */
    public Path database() {
        return folder.resolve("database");
    }

    /** The analytics workbook the demo writes next to the database. */
    public Path workbook() {
        return folder.resolve("training-centre-analytics.xlsx");
    }
}

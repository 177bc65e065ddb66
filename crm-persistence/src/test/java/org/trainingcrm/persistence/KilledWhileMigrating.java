package org.trainingcrm.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A process that starts opening a CRM database and halts, as kill -9 would, while Liquibase holds
 * its changelog lock. Arguments: {@code derby <folder>} or {@code url <jdbc url>}.
 */
public final class KilledWhileMigrating {

    static final String KILLED = "halted while holding the changelog lock";

    private KilledWhileMigrating() {
    }

    public static void main(String[] args) throws Exception {
        boolean derby = args[0].equals("derby");
        String url = derby ? "jdbc:derby:" + Path.of(args[1]).toAbsolutePath() : args[1];
        Thread opening = new Thread(() -> {
            if (derby) {
                CrmDatabase.embedded(Path.of(args[1]));
            } else {
                CrmDatabase.connect(url, null, null);
            }
        });
        opening.setDaemon(true);
        opening.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && opening.isAlive()) {
            if (lockTaken(url)) {
                System.out.println(KILLED);
                System.out.flush();
                Runtime.getRuntime().halt(3);
            }
            Thread.sleep(2);
        }
        System.out.println("the migration ended before the lock was seen");
        System.exit(1);
    }

    /** Whether Liquibase's changelog lock is taken; false while the database or its lock table is not there yet. */
    static boolean lockTaken(String url) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT locked FROM databasechangeloglock WHERE id = 1")) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException notYet) {
            return false;
        }
    }
}

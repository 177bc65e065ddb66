package org.trainingcrm.persistence;

import java.nio.file.Path;

/** A process that opens an embedded CRM database and holds it until its standard input ends or it is killed. */
public final class HoldsDatabase {

    static final String OPEN = "holding the database";

    private HoldsDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (CrmDatabase ignored = CrmDatabase.embedded(Path.of(args[0]))) {
            System.out.println(OPEN);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold on
            }
        }
    }
}

package org.trainingcrm.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A database made by an older release, shipped as a zip in test resources/legacy: the Derby
 * folder {@code crm/} and {@code legacy.properties} with the ids of what was stored in it.
 */
final class LegacyArchive {

    /** One row of Liquibase's DATABASECHANGELOG: what identifies a change set and when it ran. */
    record AppliedChangeSet(String id, String author, String filename, String checksum, int order, String executedAt) {
    }

    private LegacyArchive() {
    }

    /** Unzips the resource into the folder; answers the stored ids. */
    static Properties unzip(String resource, Path folder) throws IOException {
        try (InputStream zip = LegacyArchive.class.getResourceAsStream(resource)) {
            if (zip == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            try (ZipInputStream entries = new ZipInputStream(zip)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IllegalStateException("zip entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target);
                    }
                }
            }
        }
        Properties ids = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("legacy.properties"), StandardCharsets.UTF_8)) {
            ids.load(reader);
        }
        return ids;
    }

    /** Every change set the database records as applied, in the order they ran. */
    static List<AppliedChangeSet> appliedChangeSets(Connection connection) throws SQLException {
        List<AppliedChangeSet> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, ORDEREXECUTED, DATEEXECUTED"
                        + " FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (row.next()) {
                rows.add(new AppliedChangeSet(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getString(6)));
            }
        }
        return rows;
    }
}

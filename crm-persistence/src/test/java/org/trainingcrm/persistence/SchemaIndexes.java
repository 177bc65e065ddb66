package org.trainingcrm.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The indexes the schema gave a table, read from the database's own catalogue. */
final class SchemaIndexes {

    private SchemaIndexes() {
    }

    /** Each index of the table as its columns in order, comma separated, such as {@code ROOM_ID,STARTS_AT}. */
    static List<String> of(CrmDatabase db, String table) throws SQLException {
        Map<String, TreeMap<Short, String>> byName = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
                ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (index.next()) {
                byName.computeIfAbsent(index.getString("INDEX_NAME"), n -> new TreeMap<>())
                        .put(index.getShort("ORDINAL_POSITION"), index.getString("COLUMN_NAME"));
            }
        }
        return byName.values().stream().map(columns -> String.join(",", columns.values())).toList();
    }

    /** The first column of each index of the table. */
    static List<String> leadingColumns(CrmDatabase db, String table) throws SQLException {
        List<String> leading = new ArrayList<>();
        for (String columns : of(db, table)) {
            leading.add(columns.split(",")[0]);
        }
        return leading;
    }
}

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The catalogue's and the timetable's queries each have an index that leads with their filter. */
class TimetableSchemaTest {

    @Test
    void indexes_every_catalogue_and_timetable_query() throws Exception {
        CrmDatabase db = TestDatabases.derby();

        assertThat(indexes(db, "LESSON")).contains("ROOM_ID,STARTS_AT", "TEACHER_ID,STARTS_AT", "GROUP_ID,STARTS_AT",
                "ROOM_ID,STARTS_AT_UTC", "TEACHER_ID,STARTS_AT_UTC");
        assertThat(indexes(db, "COURSE")).contains("BRANCH_ID,START_DATE", "BRANCH_ID,LAST_DATE",
                "BRANCH_ID,STATUS,START_DATE", "DIRECTION_ID", "PREREQUISITE_ID", "TITLE_KEY");
        assertThat(indexes(db, "COURSE_TITLE_SUFFIX")).contains("SUFFIX,COURSE_ID");
        assertThat(indexes(db, "COURSE_GROUP")).contains("COURSE_ID", "ROOM_ID", "TEACHER_ID");
        assertThat(indexes(db, "ROOM")).contains("BRANCH_ID,NAME_KEY");
        assertThat(indexes(db, "COURSE_DOCUMENT")).contains("COURSE_ID");
    }

    /** Each index of the table as its columns in order, comma separated. */
    private static List<String> indexes(CrmDatabase db, String table) throws Exception {
        Map<String, TreeMap<Short, String>> byName = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
                ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (index.next()) {
                byName.computeIfAbsent(index.getString("INDEX_NAME"), n -> new TreeMap<>())
                        .put(index.getShort("ORDINAL_POSITION"), index.getString("COLUMN_NAME"));
            }
        }
        List<String> indexes = new ArrayList<>();
        byName.values().forEach(columns -> indexes.add(String.join(",", columns.values())));
        return indexes;
    }
}

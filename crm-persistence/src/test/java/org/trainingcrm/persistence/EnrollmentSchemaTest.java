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

/** Every enrollment query has an index (or a unique constraint's index) that leads with its filter. */
class EnrollmentSchemaTest {

    @Test
    void indexes_every_enrollment_query() throws Exception {
        CrmDatabase db = TestDatabases.derby();

        assertThat(indexes(db, "ENROLLMENT")).contains("GROUP_ID,TICKET", "STUDENT_ID");
        assertThat(indexes(db, "ENROLLMENT_SEAT_HOLDER")).contains("ENROLLMENT_ID,HOLDER_NO");
        assertThat(indexes(db, "COURSE_GROUP")).contains("START_DATE");
        assertThat(indexes(db, "PROMOTION")).contains("PERSON_ID,COURSE_ID");
        assertThat(indexes(db, "GUEST_VISIT")).contains("LESSON_ID,PERSON_ID", "PERSON_ID");
        assertThat(indexes(db, "STUDENT_NOTE")).contains("ENROLLMENT_ID,WRITTEN_AT");
        assertThat(indexes(db, "ENROLLMENT_NOTICE")).contains("GROUP_ID,CREATED_AT");
        assertThat(indexes(db, "ATTENDANCE")).contains("LESSON_ID,PERSON_ID", "GROUP_ID,PERSON_ID");
        assertThat(indexes(db, "GRADE")).contains("ENROLLMENT_ID", "GROUP_ID");
        assertThat(indexes(db, "CERTIFICATE")).contains("NUMBER", "ENROLLMENT_ID", "GROUP_ID",
                "COURSE_ID,YEAR_NO,SEQUENCE_NO");
        assertThat(indexes(db, "CERTIFICATE_COUNTER")).contains("COURSE_ID,YEAR_NO");
        assertThat(indexes(db, "WITHDRAWAL_REASON")).contains("NAME_KEY");
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

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogue's and the timetable's queries each have an index that leads with their filter. */
class TimetableSchemaTest {

    @Test
    void indexes_every_catalogue_and_timetable_query() throws Exception {
        CrmDatabase db = TestDatabases.derby();

        assertThat(SchemaIndexes.of(db, "LESSON")).contains("ROOM_ID,STARTS_AT", "TEACHER_ID,STARTS_AT", "GROUP_ID,STARTS_AT",
                "ROOM_ID,STARTS_AT_UTC", "TEACHER_ID,STARTS_AT_UTC");
        assertThat(SchemaIndexes.of(db, "COURSE")).contains("BRANCH_ID,START_DATE", "BRANCH_ID,LAST_DATE",
                "BRANCH_ID,STATUS,START_DATE", "DIRECTION_ID", "PREREQUISITE_ID", "TITLE_KEY");
        assertThat(SchemaIndexes.of(db, "COURSE_TITLE_SUFFIX")).contains("SUFFIX,COURSE_ID");
        assertThat(SchemaIndexes.of(db, "COURSE_GROUP")).contains("COURSE_ID", "ROOM_ID", "TEACHER_ID");
        assertThat(SchemaIndexes.of(db, "ROOM")).contains("BRANCH_ID,NAME_KEY");
        assertThat(SchemaIndexes.of(db, "COURSE_DOCUMENT")).contains("COURSE_ID");
    }
}

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every enrollment query has an index (or a unique constraint's index) that leads with its filter. */
class EnrollmentSchemaTest {

    @Test
    void indexes_every_enrollment_query() throws Exception {
        CrmDatabase db = TestDatabases.derby();

        assertThat(SchemaIndexes.of(db, "ENROLLMENT")).contains("GROUP_ID,TICKET", "STUDENT_ID");
        assertThat(SchemaIndexes.of(db, "ENROLLMENT_SEAT_HOLDER")).contains("ENROLLMENT_ID,HOLDER_NO");
        assertThat(SchemaIndexes.of(db, "COURSE_GROUP")).contains("START_DATE");
        assertThat(SchemaIndexes.of(db, "PROMOTION")).contains("PERSON_ID,COURSE_ID");
        assertThat(SchemaIndexes.of(db, "GUEST_VISIT")).contains("LESSON_ID,PERSON_ID", "PERSON_ID");
        assertThat(SchemaIndexes.of(db, "STUDENT_NOTE")).contains("ENROLLMENT_ID,WRITTEN_AT");
        assertThat(SchemaIndexes.of(db, "ENROLLMENT_NOTICE")).contains("GROUP_ID,CREATED_AT");
        assertThat(SchemaIndexes.of(db, "ATTENDANCE")).contains("LESSON_ID,PERSON_ID", "GROUP_ID,PERSON_ID");
        assertThat(SchemaIndexes.of(db, "GRADE")).contains("ENROLLMENT_ID", "GROUP_ID");
        assertThat(SchemaIndexes.of(db, "CERTIFICATE")).contains("NUMBER", "ENROLLMENT_ID", "GROUP_ID",
                "COURSE_ID,YEAR_NO,SEQUENCE_NO");
        assertThat(SchemaIndexes.of(db, "CERTIFICATE_COUNTER")).contains("COURSE_ID,YEAR_NO");
        assertThat(SchemaIndexes.of(db, "WITHDRAWAL_REASON")).contains("NAME_KEY");
    }
}

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C7, C8: the people's tables carry an index for every query the ports run, and the notes live apart. */
class PeopleSchemaTest {

    @Test
    void every_people_query_has_an_index_to_use() throws Exception {
        CrmDatabase db = TestDatabases.derby();

        assertThat(SchemaIndexes.leadingColumns(db, "PERSON")).contains("NAME_KEY", "BRANCH_ID");
        assertThat(SchemaIndexes.leadingColumns(db, "PERSON_GUARDIAN")).contains("PERSON_ID", "GUARDIAN_ID");
        assertThat(SchemaIndexes.leadingColumns(db, "PERSON_PREFERENCE_TAG")).contains("PERSON_ID");
        assertThat(SchemaIndexes.leadingColumns(db, "REFERRAL")).contains("PERSON_ID", "REFERRER_ID");
        assertThat(SchemaIndexes.leadingColumns(db, "MEDICAL_NOTE")).contains("PERSON_ID");
    }

    @Test
    void the_person_table_holds_nothing_medical() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = TestDatabases.derby().dataSource().getConnection();
                ResultSet column = connection.getMetaData().getColumns(null, null, "PERSON", null)) {
            while (column.next()) {
                columns.add(column.getString("COLUMN_NAME"));
            }
        }

        assertThat(columns).contains("BIRTH_DATE", "PREFERENCES", "BRANCH_ID")
                .noneMatch(c -> c.contains("MEDICAL") || c.contains("NOTE"));
    }
}

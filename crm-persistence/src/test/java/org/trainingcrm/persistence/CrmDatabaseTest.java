package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;

/** Opening the store: by folder, by DataSource; the schema is made once and kept. */
class CrmDatabaseTest {

    private final TestClock clock = TestClock.at("2026-09-01T09:00:00Z");

    @Test
    void reopens_an_embedded_database_with_its_data_and_schema_intact(@TempDir Path folder) {
        Path database = folder.resolve("centre");
        ClientId id;
        Centre centre;
        try (CrmDatabase db = CrmDatabase.embedded(database)) {
            Crm crm = Crm.on(db, clock);
            centre = Centre.open(crm);
            id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Перший клієнт"));
        }

        try (CrmDatabase db = CrmDatabase.embedded(database)) {
            Crm crm = Crm.on(db, clock);
            assertThat(crm.clients().card(centre.kyivManager, id).profile().shortName()).isEqualTo("Перший клієнт");
        }
        assertThat(folder.resolve("centre.derby.log")).satisfiesAnyOf(
                log -> assertThat(log).exists(),
                log -> assertThat(System.getProperty("derby.stream.error.file")).isNotBlank());
    }

    @Test
    void opens_on_a_host_data_source_and_creates_every_search_index(@TempDir Path folder) throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.resolve("hosted").toString());
        dataSource.setCreateDatabase("create");

        try (CrmDatabase db = CrmDatabase.on(dataSource)) {
            Crm crm = Crm.on(db, clock);
            Centre centre = Centre.open(crm);
            crm.clients().register(centre.madridManager, ClientForm.organisation("Academia Núñez"));

            assertThat(SchemaIndexes.leadingColumns(db, "CLIENT")).contains("NAME_KEY", "PHONE", "FAX", "TAX_ID", "INDUSTRY_ID");
            assertThat(SchemaIndexes.leadingColumns(db, "CLIENT_NAME_SUFFIX")).contains("SUFFIX");
            assertThat(SchemaIndexes.leadingColumns(db, "CLIENT_CONTACT")).contains("POSITION_KEY", "PHONE", "PERSON_ID");
        }
    }
}

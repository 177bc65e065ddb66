package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;

/** An embedded database another process holds: the error says so at the top, and what to do. */
class DatabaseInUseTest {

    @Test
    void a_second_process_opening_an_embedded_database_is_told_another_process_holds_it(@TempDir Path folder)
            throws Exception {
        Path database = folder.resolve("crm");
        try (ChildJvm holder = ChildJvm.start(HoldsDatabase.class, database.toString())) {
            holder.awaitLine(HoldsDatabase.OPEN, Duration.ofSeconds(90));

            assertThatThrownBy(() -> CrmDatabase.embedded(database))
                    .isInstanceOf(StoreUnavailable.class)
                    .hasMessageStartingWith("another process holds the embedded")
                    .hasMessageContaining("Derby network server")
                    .hasMessageContaining("PostgreSQL")
                    .satisfies(e -> assertThat(((StoreUnavailable) e).kind()).isEqualTo(StoreUnavailable.Kind.IN_USE));
        }

        // once the other process is gone the same folder opens here
        try (CrmDatabase db = CrmDatabase.embedded(database)) {
            Crm crm = Crm.on(db, TestClock.at("2026-09-01T09:00:00Z"));
            Centre centre = Centre.open(crm);
            assertThat(crm.clients().register(centre.kyivManager, ClientForm.organisation("Після звільнення")))
                    .isNotNull();
        }
    }
}

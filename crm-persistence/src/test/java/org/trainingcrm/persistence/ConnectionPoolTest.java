package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.InvalidValue;

/** CrmDatabase.connect keeps a pool of the host's settings: use cases share a few physical connections. */
class ConnectionPoolTest {

    @Test
    void two_hundred_use_cases_open_no_more_connections_than_the_pool_holds() throws Exception {
        CountingDriver driver = CountingDriver.registered();
        String url = CountingDriver.PREFIX + "derby:memory:pool-" + UUID.randomUUID() + ";create=true";
        int before = driver.opened();
        PoolSettings settings = PoolSettings.defaults().withMaximumPoolSize(3).withMinimumIdle(1);
        List<ClientId> ids = new ArrayList<>();
        CrmDatabase db = CrmDatabase.connect(url, null, null, settings);
        HikariDataSource pool = db.dataSource().unwrap(HikariDataSource.class);
        try {
            Crm crm = Crm.on(db, TestClock.at("2026-09-01T09:00:00Z"));
            Centre centre = Centre.open(crm);
            for (int i = 0; i < 200; i++) {
                ids.add(crm.clients().register(centre.kyivManager, ClientForm.organisation("Клієнт пулу " + i)));
            }
            assertThat(crm.clients().card(centre.kyivManager, ids.get(199)).profile().shortName())
                    .isEqualTo("Клієнт пулу 199");
            assertThat(driver.opened() - before).isBetween(1, settings.maximumPoolSize());
            assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
            assertThat(pool.getConnectionTimeout()).isEqualTo(Duration.ofSeconds(30).toMillis());
        } finally {
            db.close();
        }
        assertThat(pool.isClosed()).isTrue();
    }

    @Test
    void refuses_settings_the_pool_cannot_keep_naming_the_setting() {
        PoolSettings defaults = PoolSettings.defaults();
        List<Object[]> refused = List.of(
                new Object[] {"pool.maximumPoolSize", (Supplier<PoolSettings>) () -> defaults.withMaximumPoolSize(0)},
                new Object[] {"pool.minimumIdle", (Supplier<PoolSettings>) () -> defaults.withMinimumIdle(-1)},
                new Object[] {"pool.minimumIdle", (Supplier<PoolSettings>) () -> defaults.withMinimumIdle(11)},
                new Object[] {"pool.connectionTimeout",
                        (Supplier<PoolSettings>) () -> defaults.withConnectionTimeout(Duration.ofMillis(10))},
                new Object[] {"pool.idleTimeout",
                        (Supplier<PoolSettings>) () -> defaults.withIdleTimeout(Duration.ofSeconds(1))},
                new Object[] {"pool.idleTimeout", (Supplier<PoolSettings>) () ->
                        new PoolSettings(2, 1, Duration.ofSeconds(1), null)});
        for (Object[] row : refused) {
            @SuppressWarnings("unchecked")
            Supplier<PoolSettings> settings = (Supplier<PoolSettings>) row[1];
            assertThatThrownBy(settings::get).isInstanceOfSatisfying(InvalidValue.class,
                    e -> assertThat(e.field()).isEqualTo(row[0]));
        }
        assertThat(defaults.withIdleTimeout(Duration.ZERO).idleTimeout()).isZero();
    }
}

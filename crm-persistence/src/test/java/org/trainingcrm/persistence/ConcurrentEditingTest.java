package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.ConcurrentChange;

/**
 * A6 on a real database: two users save the same card at the same moment, both having read
 * the same version. The database's optimistic lock lets one through and refuses the other.
 */
class ConcurrentEditingTest {

    static Stream<CrmStore> stores() {
        return TestDatabases.postgresUrl().isPresent()
                ? Stream.of(TestDatabases.derby(), TestDatabases.postgres())
                : Stream.of(TestDatabases.derby());
    }

    // the stores are shared by every suite of the run: JUnit must not close them after this test
    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("stores")
    void two_simultaneous_revisions_of_one_card_let_exactly_one_through(CrmStore store) throws Exception {
        Crm setup = Crm.on(store, TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(setup);
        ClientId id = setup.clients().register(centre.kyivManager, ClientForm.organisation("Спільний клієнт"));

        // both revisions have read version 1 and changed it in memory before either commits
        CyclicBarrier bothChanged = new CyclicBarrier(2);
        Crm racing = Crm.on(new StoreDecorator(store) {
            @Override
            public AuditLog auditLog() {
                return new WaitingAuditLog(store.auditLog(), bothChanged);
            }
        }, TestClock.at("2026-09-01T10:00:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> saves = new ArrayList<>();
        for (String name : List.of("Версія Олени", "Версія Тараса")) {
            saves.add(pool.submit(() -> racing.clients().revise(centre.kyivManager, id, 1,
                    ClientForm.organisation(name))));
        }
        int saved = 0;
        List<Throwable> refused = new ArrayList<>();
        for (Future<?> save : saves) {
            try {
                save.get(30, TimeUnit.SECONDS);
                saved++;
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(saved).isEqualTo(1);
        // the database's optimistic lock names what it refused and how the stored record moved
        assertThat(refused).singleElement().isInstanceOfSatisfying(ConcurrentChange.class, conflict -> {
            assertThat(conflict.entity()).isEqualTo("client");
            assertThat(conflict.id()).isEqualTo(id.toString());
            assertThat(conflict.getMessage()).contains("based on version 1", "stored client is at version 2");
        });
        var card = setup.clients().card(centre.kyivManager, id);
        assertThat(card.version()).isEqualTo(2);
        assertThat(card.profile().shortName()).isIn("Версія Олени", "Версія Тараса");
        assertThat(setup.audit().of(centre.administrator, "client", id)).extracting(AuditEntry::action)
                .containsExactly("client.register", "client.revise");
    }

    /** Holds each writer at its audit entry until the other has got there too. */
    private record WaitingAuditLog(AuditLog log, CyclicBarrier barrier) implements AuditLog {
        @Override
        public void record(AuditEntry entry) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other writer never arrived", e);
            }
            log.record(entry);
        }

        @Override
        public List<AuditEntry> about(String entityType, String entityId) {
            return log.about(entityType, entityId);
        }
    }
}

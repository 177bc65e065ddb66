package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.StoreRefused;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/**
 * A unit of work is discarded however it fails (a rule, a defect, an Error, a statement the
 * database refuses): nothing of it is written, the thread holds no entity manager after it, and
 * the thread's next unit of work writes for real.
 */
class FailedUnitOfWorkTest {

    record Failure(String name, Supplier<Throwable> thrown, Class<? extends Throwable> reported) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Failure> failures() {
        return Stream.of(
                new Failure("rule", () -> new RuleViolation("test.rule", "refused"), RuleViolation.class),
                new Failure("defect", () -> new IllegalArgumentException("a bug"), IllegalArgumentException.class),
                new Failure("error", () -> new StackOverflowError("deep"), StackOverflowError.class),
                new Failure("refused statement", null, StoreRefused.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void a_failed_unit_of_work_leaves_nothing_behind_on_the_thread(Failure failure) throws SQLException {
        CrmDatabase db = TestDatabases.derby();
        JpaTransactions transactions = (JpaTransactions) db.transactions();
        Crm crm = Crm.on(db, TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(crm);
        String lostName = "Не записаний " + centre.tag;

        assertThatThrownBy(() -> transactions.run(() -> {
            crm.clients().register(centre.kyivManager, ClientForm.organisation(lostName));
            if (failure.thrown() == null) {
                transactions.entityManager().createNativeQuery("INSERT INTO no_such_table VALUES (1)").executeUpdate();
            }
            throwUnchecked(failure.thrown().get());
        })).isInstanceOf(failure.reported());

        assertThatThrownBy(transactions::entityManager).isInstanceOf(IllegalStateException.class);
        assertThat(storedNamed(db, lostName)).isZero();
        ClientId next = crm.clients().register(centre.kyivManager, ClientForm.organisation("Записаний " + centre.tag));
        assertThat(crm.clients().card(centre.kyivManager, next).profile().shortName()).startsWith("Записаний");
        assertThat(storedNamed(db, "Записаний " + centre.tag)).isOne();
    }

    private static int storedNamed(CrmDatabase db, String name) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM client WHERE short_name = ?")) {
            count.setString(1, name);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void throwUnchecked(Throwable t) {
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) t;
    }
}

package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.trainingcrm.domain.kernel.StoreUnavailable.Kind;

/**
 * Opening a store that cannot be used says what is wrong and whether waiting may help, as
 * {@link StoreUnavailable}: a server that is down, a missing database, a refused user, a
 * mistyped URL. The PostgreSQL cases run when CRM_TEST_PG_URL names a server.
 */
class StoreUnavailableTest {

    @Test
    void a_server_that_does_not_answer_is_unreachable_and_worth_a_retry() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/crm?user=crm&password=s3cret-word";
        assertThatThrownBy(() -> CrmDatabase.connect(url, null, null)).isInstanceOfSatisfying(StoreUnavailable.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.retryMayHelp()).isTrue();
                    assertThat(e.getMessage()).doesNotContain("s3cret-word");
                });
    }

    @Test
    void a_url_no_driver_takes_is_misconfigured_and_not_worth_a_retry() {
        for (String url : new String[] {"jdbc:postgres://127.0.0.1:5432/crm?password=s3cret-word",
                "jdbc:drby:crm-data", "postgresql://127.0.0.1/crm"}) {
            assertThatThrownBy(() -> CrmDatabase.connect(url, "crm", "s3cret-word"))
                    .isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                        assertThat(e.kind()).as(url).isEqualTo(Kind.MISCONFIGURED);
                        assertThat(e.retryMayHelp()).isFalse();
                        assertThat(e.getMessage()).doesNotContain("s3cret-word");
                    });
        }
    }

    @Test
    void a_derby_database_that_does_not_exist_is_missing(@TempDir Path folder) {
        String url = "jdbc:derby:" + folder.resolve("never-created").toAbsolutePath();
        assertThatThrownBy(() -> CrmDatabase.connect(url, null, null)).isInstanceOfSatisfying(StoreUnavailable.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MISSING_DATABASE);
                    assertThat(e.retryMayHelp()).isFalse();
                });
    }

    @Test
    void a_postgresql_database_that_does_not_exist_is_missing() {
        String url = postgres().replaceFirst("(//[^/]+/)[^?]*", "$1no_such_crm_" + tag());
        assertThatThrownBy(() -> CrmDatabase.connect(url, null, null)).isInstanceOfSatisfying(StoreUnavailable.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MISSING_DATABASE);
                    assertThat(e.sqlState()).isEqualTo("3D000");
                });
    }

    @Test
    void a_user_postgresql_does_not_know_is_refused_credentials() {
        // the test server may trust every local password, but never a role it does not have
        String url = withoutUser(postgres());
        assertThatThrownBy(() -> CrmDatabase.connect(url, "no_such_user_" + tag(), "wrong-password"))
                .isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CREDENTIALS);
                    assertThat(e.retryMayHelp()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("wrong-password");
                });
    }

    private static String postgres() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.PG_URL_VARIABLE + " is not set");
        return TestDatabases.postgresUrl().orElseThrow();
    }

    private static String withoutUser(String url) {
        return url.replaceAll("([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

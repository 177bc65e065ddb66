package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.certificate.Certificate;
import org.trainingcrm.domain.certificate.CertificatePorts;
import org.trainingcrm.domain.certificate.Certificates;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * Two clerks issue the same enrollment's certificate at once, both having seen none issued: the
 * database's unique key lets one through, and the other learns the rule it lost to,
 * {@code certificate.duplicate}, not a constraint exception.
 */
class DuplicateRaceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static Stream<Arguments> storesAndUseCases() {
        List<CrmStore> stores = TestDatabases.postgresUrl().isPresent()
                ? List.of(TestDatabases.derby(), TestDatabases.postgres())
                : List.of(TestDatabases.derby());
        return stores.stream().flatMap(store -> Stream.of(
                Arguments.of(store, "issue", (Issuing) (crm, race) -> List.of(
                        crm.certificates().issue(race.centre.administrator, race.enrollment))),
                Arguments.of(store, "issueAll", (Issuing) (crm, race) ->
                        crm.certificates().issueAll(race.centre.administrator, race.group))));
    }

    // the stores are shared by every suite of the run: JUnit must not close them after this test
    @ParameterizedTest(name = "{1} on {0}", autoCloseArguments = false)
    @MethodSource("storesAndUseCases")
    void the_loser_of_a_duplicate_race_learns_the_rule(CrmStore store, String useCase, Issuing issuing)
            throws Exception {
        Crm setup = Crm.on(store, TestClock.at("2026-09-01T09:00:00Z"));
        Race race = new Race(setup, store);

        // both clerks have looked for an issued certificate, and found none, before either issues one
        CyclicBarrier bothLooked = new CyclicBarrier(2);
        CertificatePorts ports = store.ports(CertificatePorts.class);
        Crm racing = Crm.on(new StoreDecorator(store).with(CertificatePorts.class, new CertificatePorts(
                ports.grades(), new LookingTogether(ports.certificates(), bothLooked), ports.numbers())),
                TestClock.at("2026-09-01T10:00:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> clerks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clerks.add(pool.submit(() -> issuing.apply(racing, race)));
        }
        List<String> issued = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<List<String>> clerk : clerks) {
            try {
                issued.addAll(clerk.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(issued).as(useCase).hasSize(1);
        assertThat(refused).singleElement().isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("certificate.duplicate"));
        assertThat(setup.certificates().issueList(race.centre.kyivManager, race.group)).hasSize(1);
    }

    interface Issuing extends BiFunction<Crm, Race, List<String>> {
    }

    /** A course, a group and one student who passed, in a centre of the test's own. */
    static final class Race {
        final Centre centre;
        final GroupId group;
        final EnrollmentId enrollment;

        Race(Crm crm, CrmStore store) {
            centre = Centre.open(crm);
            Classes classes = new Classes(crm, store, centre);
            CourseId course = classes.course("Сертифікат у гонці");
            group = classes.group(course, 10);
            enrollment = crm.enrollment().enroll(centre.kyivManager, group, classes.student("Склала"),
                    Registration.self());
            crm.results().certify(centre.kyivManager, enrollment, Certification.PASSED);
        }
    }

    /** Lets each clerk look up an enrollment's certificate only once the other has looked too. */
    private record LookingTogether(Certificates certificates, CyclicBarrier barrier) implements Certificates {
        @Override
        public void add(Certificate certificate) {
            certificates.add(certificate);
        }

        @Override
        public Optional<Certificate> ofEnrollment(EnrollmentId enrollment) {
            Optional<Certificate> found = certificates.ofEnrollment(enrollment);
            try {
                barrier.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other clerk never looked", e);
            }
            return found;
        }

        @Override
        public List<Certificate> ofGroup(GroupId group) {
            return certificates.ofGroup(group);
        }
    }
}

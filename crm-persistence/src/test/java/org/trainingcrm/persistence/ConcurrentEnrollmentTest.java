package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.EnrollmentCard;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;

/**
 * E2 and E5 on a real database, many users at once: eight managers enroll three students each
 * into a group of ten seats at the same moment, and six administrators issue certificates of
 * one course at once. The group's row lock and the certificate counter's row lock make them take
 * turns: exactly ten seated, the rest waiting in the order they were served, and certificate
 * numbers without gaps or repeats.
 */
class ConcurrentEnrollmentTest {

    private static final int THREADS = 8;
    private static final int STUDENTS_EACH = 3;

    static Stream<CrmStore> stores() {
        return TestDatabases.postgresUrl().isPresent()
                ? Stream.of(TestDatabases.derby(), TestDatabases.postgres())
                : Stream.of(TestDatabases.derby());
    }

    // the shared databases are AutoCloseable: JUnit would close them after the test otherwise
    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("stores")
    void eight_managers_enrolling_at_once_seat_exactly_ten_and_queue_the_rest_in_order(CrmStore store)
            throws Exception {
        Crm crm = Crm.on(store, TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(crm);
        Classes classes = new Classes(crm, store, centre);
        GroupId group = classes.group(classes.course("Паралельний набір"), 10);
        List<List<PersonId>> students = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<PersonId> own = new ArrayList<>();
            for (int s = 0; s < STUDENTS_EACH; s++) {
                own.add(classes.student("Студент " + t + "-" + s));
            }
            students.add(own);
        }

        List<EnrollmentId> enrolled = inParallel(THREADS, t -> {
            List<EnrollmentId> ids = new ArrayList<>();
            for (PersonId student : students.get(t)) {
                ids.add(crm.enrollment().enroll(centre.kyivManager, group, student, Registration.self()));
            }
            return ids;
        });

        assertThat(enrolled).hasSize(THREADS * STUDENTS_EACH).doesNotHaveDuplicates();
        List<EnrollmentCard> roster = crm.rosters().roster(centre.kyivManager, group);
        List<EnrollmentCard> waiting = crm.rosters().waitingList(centre.kyivManager, group);
        assertThat(roster).hasSize(10);
        assertThat(waiting).hasSize(THREADS * STUDENTS_EACH - 10);
        assertThat(roster).extracting(EnrollmentCard::ticket).containsExactlyElementsOf(range(1, 10));
        assertThat(waiting).extracting(EnrollmentCard::ticket).containsExactlyElementsOf(range(11, 24));
        assertThat(waiting).extracting(EnrollmentCard::waitingPosition).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 14).mapToObj(i -> (int) i).toList());
        assertThat(crm.groups().card(centre.kyivManager, group).status()).isEqualTo(GroupStatus.CONFIRMED);
        assertThat(crm.confirmations().noticesOf(centre.kyivManager, group)).hasSize(4);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("stores")
    void administrators_issuing_certificates_at_once_get_sequential_numbers_without_gaps(CrmStore store)
            throws Exception {
        Crm crm = Crm.on(store, TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(crm);
        Classes classes = new Classes(crm, store, centre);
        CourseId course = classes.course("Сертифікати");
        GroupId group = classes.group(course, 12);
        List<EnrollmentId> passed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            EnrollmentId id = crm.enrollment().enroll(centre.kyivManager, group, classes.student("Випускник " + i),
                    Registration.self());
            crm.results().certify(centre.kyivManager, id, Certification.PASSED);
            passed.add(id);
        }

        List<String> numbers = inParallel(6, t -> List.of(
                crm.certificates().issue(centre.administrator, passed.get(2 * t)),
                crm.certificates().issue(centre.administrator, passed.get(2 * t + 1))));

        String code = org.trainingcrm.domain.certificate.Certificate.numberOf(course, 2026, 1).substring(0, 8);
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 12)
                .mapToObj(i -> String.format("%s-2026-%04d", code, i)).toList());
    }

    private interface Work<T> {
        Collection<T> run(int thread) throws Exception;
    }

    /** Runs the work on that many threads let go together; every thread's results, or the first failure. */
    private static <T> List<T> inParallel(int threads, Work<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Collection<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return work.run(thread);
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<Collection<T>> future : futures) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}

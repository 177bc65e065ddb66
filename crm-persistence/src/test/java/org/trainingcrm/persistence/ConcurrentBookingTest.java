package org.trainingcrm.persistence;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;
import org.trainingcrm.domain.schedule.SchedulePorts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
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
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.StoreDecorator;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.schedule.BookingClash;
import org.trainingcrm.domain.schedule.BookingLocks;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.HolidayCalendar;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.domain.schedule.TimetableEntry;
import org.trainingcrm.domain.schedule.WeeklySlot;

/**
 * K4 on a real database: two coordinators book the same room for overlapping lessons at the
 * same moment. Both have read everything and are about to check the room when they are let go
 * together; the room's lock lets one book and makes the other see its lessons and be refused.
 */
class ConcurrentBookingTest {

    static Stream<CrmStore> stores() {
        return TestDatabases.postgresUrl().isPresent()
                ? Stream.of(TestDatabases.derby(), TestDatabases.postgres())
                : Stream.of(TestDatabases.derby());
    }

    // the shared databases are AutoCloseable: JUnit would close them after the test otherwise
    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("stores")
    void two_simultaneous_bookings_of_one_room_let_exactly_one_through(CrmStore store) throws Exception {
        TestClock clock = TestClock.at("2026-09-01T09:00:00Z");
        Crm setup = Crm.on(store, clock);
        Centre centre = Centre.open(setup);
        Programmes programmes = new Programmes(setup, store, centre);
        CourseId course = programmes.kyivCourse(aCourse("Паралельний курс " + centre.tag));
        RoomId room = programmes.kyivRoom("Спільна аудиторія", 12);
        List<PersonId> teachers = List.of(programmes.teacher("Перший викладач"), programmes.teacher("Другий викладач"));

        CyclicBarrier bothReady = new CyclicBarrier(2);
        SchedulePorts schedule = store.ports(SchedulePorts.class);
        Crm racing = Crm.on(new StoreDecorator(store).with(SchedulePorts.class, new SchedulePorts(schedule.rooms(),
                schedule.groups(), schedule.lessons(), new WaitingLocks(schedule.bookingLocks(), bothReady),
                schedule.calendarWriter())), clock);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<GroupId>> bookings = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PersonId teacher = teachers.get(i);
            LocalTime start = LocalTime.of(18, 30 * i);
            bookings.add(pool.submit(() -> racing.groups().create(centre.administrator, course,
                    aGroup("Група " + start, teacher, room, LocalDate.of(2026, 10, 13), ScheduleRule.weeklyCount(3,
                            ninetyMinutes(), WeeklySlot.at(TUESDAY, start))), HolidayCalendar.none())));
        }
        List<GroupId> booked = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<GroupId> booking : bookings) {
            try {
                booked.add(booking.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(booked).hasSize(1);
        assertThat(refused).singleElement().isInstanceOfSatisfying(BookingClash.class,
                clash -> assertThat(clash.clash().group()).isEqualTo(booked.get(0)));
        List<TimetableEntry> timetable = setup.timetable().ofRoom(centre.administrator, room,
                DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(timetable).hasSize(3).extracting(TimetableEntry::group).containsOnly(booked.get(0));
    }

    /** Lets each booking take its locks only once the other booking has got that far too. */
    private record WaitingLocks(BookingLocks locks, CyclicBarrier barrier) implements BookingLocks {
        @Override
        public void hold(Collection<RoomId> rooms, Collection<PersonId> teachers) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other booking never arrived", e);
            }
            locks.hold(rooms, teachers);
        }
    }
}

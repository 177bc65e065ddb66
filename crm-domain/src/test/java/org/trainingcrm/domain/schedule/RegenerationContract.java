package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.ConcurrentChange;

/** K4: regenerating a group's lessons when its rule changes, without losing marked attendance. */
public class RegenerationContract extends CrmContract {

    private static final LocalDate OCT_13 = LocalDate.of(2026, 10, 13);

    private Programmes programmes;
    private RoomId room;
    private PersonId teacher;
    private GroupId group;
    private List<LessonId> lessons;

    @BeforeEach
    final void fourTuesdayLessons() {
        programmes = new Programmes(crm, store, centre);
        CourseId course = programmes.kyivCourse(aCourse("Англійська B1 " + centre.tag));
        room = programmes.kyivRoom("Аудиторія 7", 12);
        teacher = programmes.teacher("Мельник Софія");
        group = crm.groups().create(centre.administrator, course,
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(18, 4)), HolidayCalendar.none());
        lessons = entries().stream().map(TimetableEntry::lesson).toList();
    }

    private static ScheduleRule tuesdays(int hour, int count) {
        return ScheduleRule.weeklyCount(count, ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.of(hour, 0)));
    }

    private List<TimetableEntry> entries() {
        return crm.timetable().lessonsOf(centre.administrator, group);
    }

    private long version() {
        return crm.groups().card(centre.administrator, group).version();
    }

    @Test
    public void keeps_lessons_with_marked_attendance_and_their_ids_and_moves_the_rest() {
        programmes.markAttended(lessons.get(0));
        programmes.markAttended(lessons.get(1));

        TimetableChange change = crm.groups().revise(centre.administrator, group, version(),
                aGroup("B1 четвер", teacher, room, OCT_13, ScheduleRule.weeklyCount(3, ninetyMinutes(),
                        WeeklySlot.at(THURSDAY, LocalTime.of(19, 0)))), HolidayCalendar.none());

        assertThat(change.kept()).containsExactly(lessons.get(0), lessons.get(1));
        assertThat(change.moved()).containsExactly(lessons.get(2), lessons.get(3));
        assertThat(change.added()).hasSize(1);
        assertThat(change.removed()).isEmpty();
        List<TimetableEntry> after = entries();
        assertThat(after).extracting(TimetableEntry::lesson).containsExactly(lessons.get(0), lessons.get(2),
                lessons.get(1), lessons.get(3), change.added().get(0));
        assertThat(after).extracting(TimetableEntry::startsAt).containsExactly(
                LocalDateTime.of(2026, 10, 13, 18, 0), LocalDateTime.of(2026, 10, 15, 19, 0),
                LocalDateTime.of(2026, 10, 20, 18, 0), LocalDateTime.of(2026, 10, 22, 19, 0),
                LocalDateTime.of(2026, 10, 29, 19, 0));
        assertThat(after.get(0).attendanceMarked()).isTrue();
        assertThat(after.get(0).sequence()).isZero();
        assertThat(after).filteredOn(e -> e.lesson().equals(lessons.get(2))).singleElement()
                .satisfies(e -> assertThat(e.sequence()).isEqualTo(1));
    }

    @Test
    public void keeps_the_ids_of_lessons_the_new_rule_still_holds_and_removes_the_surplus() {
        TimetableChange change = crm.groups().revise(centre.administrator, group, version(),
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(18, 2)), HolidayCalendar.none());

        assertThat(change.unchanged()).containsExactly(lessons.get(0), lessons.get(1));
        assertThat(change.removed()).containsExactly(lessons.get(2), lessons.get(3));
        assertThat(change.moved()).isEmpty();
        assertThat(change.added()).isEmpty();
        assertThat(entries()).extracting(TimetableEntry::lesson).containsExactly(lessons.get(0), lessons.get(1));
        assertThat(entries()).extracting(TimetableEntry::sequence).containsOnly(0);
    }

    @Test
    public void a_holiday_declared_later_moves_the_lesson_on_it_to_the_end_of_the_series() {
        TimetableChange change = crm.groups().revise(centre.administrator, group, version(),
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(18, 4)),
                HolidayCalendar.of(LocalDate.of(2026, 10, 20)));

        assertThat(change.unchanged()).containsExactly(lessons.get(0), lessons.get(2), lessons.get(3));
        assertThat(change.moved()).containsExactly(lessons.get(1));
        assertThat(crm.timetable().lesson(centre.administrator, lessons.get(1)).startsAt())
                .isEqualTo(LocalDateTime.of(2026, 11, 10, 18, 0));
    }

    @Test
    public void a_lesson_with_attendance_takes_the_place_of_a_new_one_at_the_same_time() {
        programmes.markAttended(lessons.get(0));

        TimetableChange change = crm.groups().revise(centre.administrator, group, version(),
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(18, 4)), HolidayCalendar.none());

        assertThat(change.kept()).containsExactly(lessons.get(0));
        assertThat(change.unchanged()).containsExactly(lessons.get(1), lessons.get(2), lessons.get(3));
        assertThat(entries()).hasSize(4);
    }

    @Test
    public void a_new_room_moves_every_lesson_without_attendance_into_it() {
        RoomId bigger = programmes.kyivRoom("Велика зала", 40);
        programmes.markAttended(lessons.get(0));

        crm.groups().revise(centre.administrator, group, version(),
                aGroup("B1 вівторок", teacher, bigger, OCT_13, tuesdays(18, 4)), HolidayCalendar.none());

        assertThat(entries()).extracting(TimetableEntry::room).containsExactly(room, bigger, bigger, bigger);
        assertThat(entries()).extracting(TimetableEntry::sequence).containsExactly(0, 1, 1, 1);
    }

    @Test
    public void refuses_a_revision_of_a_stale_group_and_audits_an_accepted_one() {
        long version = version();
        clock.advance(Duration.ofMinutes(1));
        crm.groups().revise(centre.administrator, group, version,
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(17, 4)), HolidayCalendar.none());

        assertThatThrownBy(() -> crm.groups().revise(centre.administrator, group, version,
                aGroup("B1 вівторок", teacher, room, OCT_13, tuesdays(16, 4)), HolidayCalendar.none()))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(entries()).extracting(TimetableEntry::startsAt)
                .allSatisfy(start -> assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(17, 0)));
        assertThat(crm.audit().of(centre.administrator, "group", group)).extracting(AuditEntry::action)
                .containsExactly("group.create", "group.revise");
    }
}

package org.trainingcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.testing.TestDatabase;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.schedule.HolidayCalendar;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.domain.schedule.WeeklySlot;

/** The timetable sheet: every lesson a group's rule generated, read back through Calcite. */
class TimetableReportTest {

    @Test
    void lists_every_generated_lesson_with_room_course_group_and_teacher_in_order() {
        try (TestDatabase database = TestDatabase.derbyInMemory();
                CrmAnalytics analytics = CrmAnalytics.over(database.dataSource())) {
            Crm crm = Crm.on(database.store(), TestClock.at("2026-09-01T09:00:00Z"));
            Centre centre = Centre.open(crm);
            Programmes programmes = new Programmes(crm, database.store(), centre);
            CourseId excel = programmes.kyivCourse(Programmes.aCourse("Excel для бухгалтерів"));
            RoomId room = programmes.kyivRoom("Аудиторія 1", 12);
            PersonId teacher = programmes.teacher("Іваненко Марія");
            ScheduleRule twiceAWeek = ScheduleRule.weeklyCount(3, Programmes.ninetyMinutes(),
                    WeeklySlot.at(DayOfWeek.MONDAY, LocalTime.of(18, 0)),
                    WeeklySlot.at(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0)));
            crm.groups().create(centre.administrator, excel,
                    Programmes.aGroup("Вечірня група", teacher, room, LocalDate.of(2026, 10, 5), twiceAWeek),
                    HolidayCalendar.none());

            ReportResult timetable = analytics.run(Report.named("timetable"), BranchScope.all());

            assertThat(timetable.columnNames())
                    .containsExactly("branch", "starts_at", "ends_at", "room", "course", "study_group", "teacher");
            List<List<Object>> rows = timetable.rows().stream().map(r -> r.values()).toList();
            assertThat(rows).extracting(r -> r.get(1)).containsExactly(
                    LocalDateTime.of(2026, 10, 5, 18, 0), LocalDateTime.of(2026, 10, 7, 18, 0),
                    LocalDateTime.of(2026, 10, 12, 18, 0));
            assertThat(rows.get(0)).containsExactly("Київ " + centre.tag, LocalDateTime.of(2026, 10, 5, 18, 0),
                    LocalDateTime.of(2026, 10, 5, 19, 30), "Аудиторія 1 " + centre.tag, "Excel для бухгалтерів",
                    "Вечірня група", "Іваненко Марія");
        }
    }
}

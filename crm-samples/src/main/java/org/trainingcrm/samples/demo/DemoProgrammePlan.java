package org.trainingcrm.samples.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trainingcrm.domain.schedule.HolidayCalendar;

/**
 * What each office teaches: its directions, courses (a level 1 and its level 2 among them),
 * rooms, teachers, a few minors and the words its teachers grade with. Groups are placed in
 * weeks relative to the demo's clock, so every first run shows a year behind and a month ahead.
 */
final class DemoProgrammePlan {

    /** Lessons in every group: two a week for four weeks. */
    static final int LESSONS = 8;
    /** The course's minimum: a group is confirmed once this many are seated. */
    static final int MINIMUM = 4;

    /**
     * One course of an office.
     *
     * @param direction the index of its direction in the office's plan
     * @param level1 the index of the course it follows as level 2, or -1
     * @param startWeeks when its groups start, in weeks from today (negative: in the past)
     */
    record CourseSpec(String title, int direction, String price, int level1, List<Integer> startWeeks) {
    }

    /** A minor the office teaches, with the parent who registers them. */
    record MinorSpec(String name, int age, String parent) {
    }

    /** One office's programmes. */
    record Programme(String currency, String zone, String teachingStaff, String teacherPosition,
            List<String> directions, List<CourseSpec> courses, List<String> rooms, List<String> teachers,
            List<MinorSpec> minors, List<String> grades, String note, List<MonthDay> holidays) {

        /** The office's holidays of last year, this year and next. */
        HolidayCalendar holidayCalendar(LocalDate today) {
            List<LocalDate> days = new ArrayList<>();
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                for (MonthDay day : holidays) {
                    days.add(day.atYear(year));
                }
            }
            return HolidayCalendar.of(days);
        }
    }

    private static final List<Integer> LEVEL_1 = List.of(-52, -34, -16);
    private static final List<Integer> LEVEL_2 = List.of(-44, -26, -7);

    static final Map<DemoCentrePlan.Office, Programme> PROGRAMMES = Map.of(
            DemoCentrePlan.MOSCOW, new Programme("RUB", "Europe/Moscow", "Преподаватели центра", "Преподаватель",
                    List.of("Бухгалтерия и финансы", "Иностранные языки"),
                    List.of(new CourseSpec("1С: Бухгалтерия, уровень 1", 0, "24000.00", -1, LEVEL_1),
                            new CourseSpec("1С: Бухгалтерия, уровень 2", 0, "28000.00", 0, LEVEL_2),
                            new CourseSpec("Английский для делового общения", 1, "36000.00", -1, List.of(-48, -3)),
                            new CourseSpec("Китайский язык для начинающих", 1, "32000.00", -1, List.of(-38, 3)),
                            new CourseSpec("Управление персоналом", 0, "18000.00", -1, List.of(-22, 5))),
                    List.of("Аудитория 101", "Аудитория 102", "Компьютерный класс"),
                    List.of("Анна Кузнецова", "Сергей Волков", "Ли Мэй"),
                    List.of(new MinorSpec("Алиса Морозова", 15, "Наталья Морозова"),
                            new MinorSpec("Тимур Лебедев", 16, "Игорь Лебедев")),
                    List.of("отлично", "хорошо", "удовлетворительно"), "Просит счёт на компанию",
                    List.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 7), MonthDay.of(2, 23),
                            MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12),
                            MonthDay.of(11, 4))),
            DemoCentrePlan.KYIV, new Programme("UAH", "Europe/Kyiv", "Викладачі центру", "Викладач",
                    List.of("Аналітика та ІТ", "Ділові навички"),
                    List.of(new CourseSpec("Excel для аналітиків, рівень 1", 0, "9000.00", -1, LEVEL_1),
                            new CourseSpec("Excel для аналітиків, рівень 2", 0, "11000.00", 0, LEVEL_2),
                            new CourseSpec("Python з нуля", 0, "14000.00", -1, List.of(-46, -2)),
                            new CourseSpec("Ділова англійська", 1, "12000.00", -1, List.of(-30, 4)),
                            new CourseSpec("Управління проєктами", 1, "10500.00", -1, List.of(-20, 2))),
                    List.of("Аудиторія 1", "Аудиторія 2", "Комп'ютерний клас"),
                    List.of("Оксана Мельник", "Андрій Ткаченко", "Ґалина Їжакевич"),
                    List.of(new MinorSpec("Софія Гнатюк", 14, "Ірина Гнатюк"),
                            new MinorSpec("Максим Руденко", 16, "Олег Руденко")),
                    List.of("відмінно", "добре", "задовільно"), "Просить рахунок на компанію",
                    List.of(MonthDay.of(1, 1), MonthDay.of(3, 8), MonthDay.of(6, 28), MonthDay.of(7, 15),
                            MonthDay.of(8, 24), MonthDay.of(10, 1), MonthDay.of(12, 25))),
            DemoCentrePlan.MADRID, new Programme("EUR", "Europe/Madrid", "Profesorado del centro", "Profesor",
                    List.of("Idiomas", "Gestión empresarial"),
                    List.of(new CourseSpec("Español para extranjeros, nivel 1", 0, "420.00", -1, LEVEL_1),
                            new CourseSpec("Español para extranjeros, nivel 2", 0, "480.00", 0, LEVEL_2),
                            new CourseSpec("Inglés de negocios", 0, "560.00", -1, List.of(-42, -1)),
                            new CourseSpec("Contabilidad para pymes", 1, "390.00", -1, List.of(-28, 3)),
                            new CourseSpec("Marketing digital", 1, "450.00", -1, List.of(-12, 4))),
                    List.of("Aula Goya", "Aula Velázquez", "Aula de informática"),
                    List.of("Carmen Núñez", "Javier Peña", "Zhang Wei"),
                    List.of(new MinorSpec("Lucía Herrero", 15, "Marta Herrero"),
                            new MinorSpec("Pablo Ibáñez", 17, "Jorge Ibáñez")),
                    List.of("sobresaliente", "notable", "aprobado"), "Pide factura a nombre de la empresa",
                    List.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1), MonthDay.of(5, 2),
                            MonthDay.of(8, 15), MonthDay.of(10, 12), MonthDay.of(11, 1), MonthDay.of(12, 6),
                            MonthDay.of(12, 8), MonthDay.of(12, 25)))
    );

    private DemoProgrammePlan() {
    }
}

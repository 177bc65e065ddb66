package org.trainingcrm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trainingcrm.domain.catalog.CourseForm;
import org.trainingcrm.domain.catalog.CourseFormat;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.Generated;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.ExplicitRule;
import org.trainingcrm.domain.schedule.GroupForm;
import org.trainingcrm.domain.schedule.LessonTime;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.WeeklyRule;
import org.trainingcrm.domain.schedule.WeeklySlot;

/**
 * Every place that takes a date, against generated dates from {@code LocalDate.MIN} to
 * {@code LocalDate.MAX}: inside {@link CalendarBounds} a date is accepted or refused for its own
 * rules, outside it is refused as {@link InvalidValue} naming the field, never an overflow.
 */
class DateBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Duration LESSON = Duration.ofMinutes(90);
    private static final WeeklyRule TEN_TUESDAYS = new WeeklyRule(
            List.of(WeeklySlot.at(DayOfWeek.TUESDAY, LocalTime.of(18, 0))), LESSON, null, 10);

    /** A place that takes a date, and the field its refusals name. */
    record Taker(String field, Consumer<LocalDate> take) {
        @Override
        public String toString() {
            return field;
        }
    }

    static final List<Taker> TAKERS = List.of(
            new Taker("course.startDate", d -> course().period(d, null).validate("UA")),
            new Taker("course.endDate", d -> course().period(LocalDate.of(1900, 1, 1), d).validate("UA")),
            new Taker("group.startDate", d -> GroupForm.named("Група").teacher(PersonId.newId()).room(RoomId.newId())
                    .seats(10).startingOn(d).schedule(TEN_TUESDAYS).zone("Europe/Kyiv").runningCost("1", "UAH")
                    .validate()),
            new Taker("group.schedule.until", d -> new WeeklyRule(TEN_TUESDAYS.slots(), LESSON, d, null)),
            new Taker("group.schedule.starts", d -> new ExplicitRule(List.of(d.atTime(10, 0)), LESSON)),
            new Taker("range.from", d -> DateRange.of(d, CalendarBounds.LAST_DAY)),
            new Taker("range.to", d -> DateRange.of(CalendarBounds.FIRST_DAY, d)),
            new Taker("lesson.startsAt", d -> LessonTime.of(d.atTime(10, 0), LESSON, ZoneId.of("Europe/Madrid"))),
            new Taker("person.birthDate", d -> new Person(PersonId.newId(), "Іван Петренко", null, null)
                    .recordBirthDate(d, TODAY)));

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void a_date_outside_the_window_is_refused_naming_the_field(Taker taker, LocalDate day) {
        Throwable thrown = catchThrowable(() -> taker.take().accept(day));
        if (CalendarBounds.includes(day)) {
            // inside the window the place's own rules decide, such as a minor needing a guardian first
            if (thrown != null && !(thrown instanceof RuleViolation)) {
                assertThat(thrown).isInstanceOf(InvalidValue.class);
                assertThat(((InvalidValue) thrown).field()).isEqualTo(taker.field());
            }
        } else {
            assertThat(thrown).isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", taker.field())
                    .hasMessageContaining("must lie between " + CalendarBounds.FIRST_DAY);
        }
    }

    static Stream<Arguments> cases() {
        List<LocalDate> edges = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(10000, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31),
                CalendarBounds.FIRST_DAY, CalendarBounds.FIRST_DAY.minusDays(1),
                CalendarBounds.LAST_DAY, CalendarBounds.LAST_DAY.plusDays(1), TODAY);
        long min = LocalDate.MIN.toEpochDay();
        long max = LocalDate.MAX.toEpochDay();
        long first = CalendarBounds.FIRST_DAY.toEpochDay();
        long last = CalendarBounds.LAST_DAY.toEpochDay();
        Stream<LocalDate> days = Stream.concat(edges.stream(), Generated.cases(60, r -> LocalDate.ofEpochDay(
                r.nextBoolean() ? r.nextLong(min, max + 1) : r.nextLong(first - 400, last + 400))));
        List<LocalDate> all = days.toList();
        return TAKERS.stream().flatMap(t -> all.stream().map(d -> Arguments.of(t, d)));
    }

    private static CourseForm course() {
        return CourseForm.course("Облік").format(CourseFormat.CLASSROOM).price("100", "UAH").participants(1, 10);
    }
}

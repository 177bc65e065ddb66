package org.trainingcrm.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LessonTimeTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Duration NINETY = Duration.ofMinutes(90);

    @Test
    void keeps_the_local_time_and_changes_the_instant_across_a_daylight_saving_change() {
        LessonTime summer = LessonTime.of(LocalDateTime.of(2026, 10, 20, 18, 0), NINETY, KYIV);
        LessonTime winter = LessonTime.of(LocalDateTime.of(2026, 10, 27, 18, 0), NINETY, KYIV);

        assertThat(summer.startInstant()).isEqualTo(Instant.parse("2026-10-20T15:00:00Z"));
        assertThat(winter.startInstant()).isEqualTo(Instant.parse("2026-10-27T16:00:00Z"));
        assertThat(winter.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 27, 19, 30));
    }

    @Test
    void moves_a_start_in_the_spring_gap_forward_and_keeps_the_length() {
        // on 29 March 2026 Kyiv's clocks jump from 03:00 to 04:00
        LessonTime time = LessonTime.of(LocalDateTime.of(2026, 3, 29, 3, 30), NINETY, KYIV);

        assertThat(time.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 29, 4, 30));
        assertThat(time.length()).isEqualTo(NINETY);
    }

    @Test
    void keeps_the_real_length_of_a_lesson_over_the_autumn_change() {
        // on 25 October 2026 Kyiv's clocks go back from 04:00 to 03:00
        LessonTime time = LessonTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), NINETY, KYIV);

        assertThat(time.length()).isEqualTo(NINETY);
        assertThat(time.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 3, 0));
    }

    @Test
    void overlapping_means_sharing_a_moment_and_touching_ends_do_not() {
        LessonTime first = LessonTime.of(LocalDateTime.of(2026, 10, 20, 18, 0), NINETY, KYIV);
        LessonTime touching = LessonTime.of(LocalDateTime.of(2026, 10, 20, 19, 30), NINETY, KYIV);
        LessonTime sharing = LessonTime.of(LocalDateTime.of(2026, 10, 20, 19, 29), NINETY, KYIV);
        LessonTime inside = LessonTime.of(LocalDateTime.of(2026, 10, 20, 18, 30), Duration.ofMinutes(10), KYIV);
        LessonTime sameMomentElsewhere = LessonTime.of(LocalDateTime.of(2026, 10, 20, 17, 0), NINETY,
                ZoneId.of("Europe/Warsaw"));

        assertThat(first.overlaps(touching)).isFalse();
        assertThat(touching.overlaps(first)).isFalse();
        assertThat(first.overlaps(sharing)).isTrue();
        assertThat(first.overlaps(inside)).isTrue();
        assertThat(inside.overlaps(first)).isTrue();
        assertThat(first.overlaps(sameMomentElsewhere)).isTrue();
    }
}

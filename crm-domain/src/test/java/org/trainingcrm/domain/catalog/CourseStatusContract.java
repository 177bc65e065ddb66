package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;

/** K1: a course's way from planned to finished or cancelled, and revisions on the way, on any store. */
public class CourseStatusContract extends CrmContract {

    private Programmes programmes;

    @BeforeEach
    final void programmes() {
        programmes = new Programmes(crm, store, centre);
    }

    @Test
    public void moves_a_course_from_planned_to_finished_and_audits_each_step() {
        CourseId id = programmes.kyivCourse(aCourse("Excel для аналітиків " + centre.tag));

        // audit entries are ordered by time: each step a minute after the previous
        clock.advance(Duration.ofMinutes(1));
        crm.catalog().openForEnrollment(centre.administrator, id);
        assertThat(crm.catalog().card(centre.kyivManager, id).status()).isEqualTo(CourseStatus.OPEN_FOR_ENROLLMENT);
        clock.advance(Duration.ofMinutes(1));
        crm.catalog().start(centre.administrator, id);
        assertThat(crm.catalog().card(centre.kyivManager, id).status()).isEqualTo(CourseStatus.RUNNING);
        clock.advance(Duration.ofMinutes(1));
        crm.catalog().finish(centre.administrator, id);

        assertThat(crm.catalog().card(centre.kyivManager, id).status()).isEqualTo(CourseStatus.FINISHED);
        assertThat(crm.audit().of(centre.administrator, "course", id)).extracting(AuditEntry::action)
                .containsExactly("course.create", "course.openForEnrollment", "course.start", "course.finish");
    }

    @Test
    public void cancels_a_course_with_its_reason_and_refuses_a_cancellation_without_one() {
        CourseId id = programmes.kyivCourse(aCourse("Скасований курс " + centre.tag));
        crm.catalog().openForEnrollment(centre.administrator, id);

        assertThatThrownBy(() -> crm.catalog().cancel(centre.administrator, id, " "))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("course.cancellationReason"));
        crm.catalog().cancel(centre.administrator, id, "Викладач захворів");

        CourseCard card = crm.catalog().card(centre.kyivManager, id);
        assertThat(card.status()).isEqualTo(CourseStatus.CANCELLED);
        assertThat(card.cancellationReason()).isEqualTo("Викладач захворів");
    }

    @ParameterizedTest(name = "{1} after {0} is refused")
    @CsvSource({
        "PLANNED,             start",
        "PLANNED,             finish",
        "OPEN_FOR_ENROLLMENT, openForEnrollment",
        "OPEN_FOR_ENROLLMENT, finish",
        "RUNNING,             openForEnrollment",
        "FINISHED,            cancel",
        "CANCELLED,           openForEnrollment",
    })
    public void refuses_an_illegal_status_change_naming_the_rule(CourseStatus from, String step) {
        CourseId id = programmes.kyivCourse(aCourse("Статуси " + centre.tag));
        reach(id, from);

        assertThatThrownBy(() -> apply(id, step))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("course.status.transition");
                    assertThat(e.getMessage()).contains(from.name());
                });
        assertThat(crm.catalog().card(centre.kyivManager, id).status()).isEqualTo(from);
    }

    @Test
    public void refuses_to_revise_a_finished_course_and_a_stale_card() {
        CourseId id = programmes.kyivCourse(aCourse("Ревізія " + centre.tag));
        crm.catalog().revise(centre.administrator, id, 1, aCourse("Ревізія, друга редакція " + centre.tag));

        assertThatThrownBy(() -> crm.catalog().revise(centre.administrator, id, 1, aCourse("Стара " + centre.tag)))
                .isInstanceOf(ConcurrentChange.class);
        reach(id, CourseStatus.FINISHED);
        long version = crm.catalog().card(centre.administrator, id).version();
        assertThatThrownBy(() -> crm.catalog().revise(centre.administrator, id, version, aCourse("Пізно")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("course.closed"));
        assertThat(crm.catalog().card(centre.administrator, id).details().title())
                .isEqualTo("Ревізія, друга редакція " + centre.tag);
    }

    private void reach(CourseId id, CourseStatus status) {
        switch (status) {
            case PLANNED -> { }
            case OPEN_FOR_ENROLLMENT -> apply(id, "openForEnrollment");
            case RUNNING -> {
                apply(id, "openForEnrollment");
                apply(id, "start");
            }
            case FINISHED -> {
                reach(id, CourseStatus.RUNNING);
                apply(id, "finish");
            }
            case CANCELLED -> apply(id, "cancel");
        }
    }

    private void apply(CourseId id, String step) {
        switch (step) {
            case "openForEnrollment" -> crm.catalog().openForEnrollment(centre.administrator, id);
            case "start" -> crm.catalog().start(centre.administrator, id);
            case "finish" -> crm.catalog().finish(centre.administrator, id);
            case "cancel" -> crm.catalog().cancel(centre.administrator, id, "Недостатньо слухачів");
            default -> throw new IllegalArgumentException(step);
        }
    }
}

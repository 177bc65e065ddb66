package org.trainingcrm.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;

/** E3, E8: withdrawal, drop-out and transfer with the waiting list moving up, group minimums; on any store. */
public class EnrollmentMovesContract extends EnrollmentFixture {

    @Test
    public void withdraws_before_the_start_with_a_reason_and_refuses_it_after() {
        EnrollmentId early = enroll(group, classes.student("Рано"));
        EnrollmentId late = enroll(group, classes.student("Пізно"));
        WithdrawalReasonId reason = illness();

        assertThatThrownBy(() -> crm.enrollment().withdraw(centre.kyivManager, early, null, null))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("enrollment.withdrawalReason"));
        crm.enrollment().withdraw(centre.kyivManager, early, reason, "лікарняний");
        clock.advance(Duration.ofDays(45));

        assertThat(card(early).status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(card(early).withdrawalReason()).contains(reason);
        assertThat(card(early).endNote()).contains("лікарняний");
        assertThatThrownBy(() -> crm.enrollment().withdraw(centre.kyivManager, late, reason, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.withdraw.afterStart"));
        assertThatThrownBy(() -> crm.enrollment().withdraw(centre.kyivManager, early, reason, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.withdraw.status"));
        assertThat(crm.withdrawalReasons().list(centre.kyivManager)).extracting(ReasonEntry::id).contains(reason);
    }

    @Test
    public void drops_out_only_once_the_group_has_started() {
        EnrollmentId id = enroll(group, classes.student("Вибулий"));

        assertThatThrownBy(() -> crm.enrollment().dropOut(centre.kyivManager, id, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.dropOut.beforeStart"));
        clock.advance(Duration.ofDays(45));
        crm.enrollment().dropOut(centre.kyivManager, id, "не встигає");

        assertThat(card(id).status()).isEqualTo(EnrollmentStatus.DROPPED_OUT);
    }

    @Test
    public void transfers_to_another_group_of_the_course_keeping_the_history() {
        GroupId other = classes.group(course, 10);
        ClientId employer = classes.company("Замовник");
        EnrollmentId first = crm.enrollment().enroll(centre.kyivManager, group, classes.student("Переведений"),
                Registration.byCompany(employer));

        EnrollmentId moved = crm.enrollment().transfer(centre.kyivManager, first, other);

        assertThat(card(first).status()).isEqualTo(EnrollmentStatus.TRANSFERRED_OUT);
        assertThat(card(first).transferredTo()).contains(moved);
        assertThat(card(moved).transferredFrom()).contains(first);
        assertThat(card(moved).group()).isEqualTo(other);
        assertThat(card(moved).registration().employer()).isEqualTo(employer);
        assertThat(crm.rosters().history(centre.kyivManager, group)).extracting(EnrollmentCard::id).containsExactly(first);
    }

    @Test
    public void refuses_a_transfer_to_another_course_or_to_a_full_group() {
        GroupId otherCourse = classes.group(classes.course("Німецька"), 10);
        GroupId full = classes.group(course, 1);
        enroll(full, classes.student("Займає місце"));
        EnrollmentId id = enroll(group, classes.student("Хоче перейти"));

        assertThatThrownBy(() -> crm.enrollment().transfer(centre.kyivManager, id, otherCourse))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.transfer.otherCourse"));
        assertThatThrownBy(() -> crm.enrollment().transfer(centre.kyivManager, id, full))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.transfer.full"));
        assertThatThrownBy(() -> crm.enrollment().transfer(centre.kyivManager, id, group))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("enrollment.targetGroup"));
        assertThat(card(id).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(crm.rosters().history(centre.kyivManager, full)).hasSize(1);
    }

    @Test
    public void flags_groups_below_their_course_minimum_at_a_cut_off_date() {
        GroupId filled = classes.group(course, 10);
        for (int i = 0; i < 4; i++) {
            enroll(filled, classes.student("Учень " + i));
        }
        enroll(group, classes.student("Самотній"));

        List<UnderfilledGroup> flagged = crm.rosters().belowMinimum(centre.kyivManager, LocalDate.of(2026, 10, 31));

        assertThat(flagged).filteredOn(u -> u.course().equals(course))
                .extracting(UnderfilledGroup::group, UnderfilledGroup::seated, UnderfilledGroup::minimum,
                        UnderfilledGroup::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(group, 1, 4, 3));
        assertThat(crm.rosters().belowMinimum(centre.kyivManager, LocalDate.of(2026, 10, 1)))
                .filteredOn(u -> u.course().equals(course)).isEmpty();
        assertThatThrownBy(() -> crm.rosters().belowMinimum(centre.kyivManager, LocalDate.of(2026, 8, 1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("enrollment.cutoff"));
    }

    @Test
    public void confirms_a_tentative_group_once_its_minimum_is_seated() {
        GroupId roomy = classes.group(course, 10);
        for (int i = 0; i < 3; i++) {
            enroll(roomy, classes.student("Учень " + i));
        }
        assertThat(crm.groups().card(centre.kyivManager, roomy).status()).isEqualTo(GroupStatus.TENTATIVE);

        enroll(roomy, classes.student("Четвертий"));

        assertThat(crm.groups().card(centre.kyivManager, roomy).status()).isEqualTo(GroupStatus.CONFIRMED);
    }
}

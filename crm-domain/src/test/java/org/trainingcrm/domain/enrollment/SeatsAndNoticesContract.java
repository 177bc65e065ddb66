package org.trainingcrm.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.attendance.AttendanceStatus;
import org.trainingcrm.domain.attendance.LessonGuest;
import org.trainingcrm.domain.attendance.PaymentForm;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.CalendarEvent;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.attendance.VisitId;
import org.trainingcrm.domain.attendance.VisitKind;

/** E8: substitution, make-up and trial lessons, confirmation and cancellation with notices; on any store. */
public class SeatsAndNoticesContract extends CrmContract {

    private Classes classes;
    private CourseId course;
    private GroupId group;
    private GroupId other;

    @BeforeEach
    final void courseAndGroups() {
        classes = new Classes(crm, store, centre);
        course = classes.course("Бухоблік");
        group = classes.group(course, 10);
        other = classes.group(course, 3);
    }

    private EnrollmentId enroll(GroupId into, PersonId student) {
        return crm.enrollment().enroll(centre.kyivManager, into, student, Registration.self());
    }

    @Test
    public void lets_a_company_send_another_employee_in_its_seat_keeping_who_held_it() {
        ClientId employer = classes.company("ТОВ Ромашка");
        ClientId payer = classes.company("Холдинг Ромашка");
        PersonId first = classes.student("Перший працівник");
        PersonId second = classes.student("Другий працівник");
        EnrollmentId seat = crm.enrollment().enroll(centre.kyivManager, group, first,
                Registration.byCompany(employer, payer));
        long ticket = crm.rosters().card(centre.kyivManager, seat).ticket();

        clock.advance(java.time.Duration.ofDays(1));
        crm.enrollment().substitute(centre.kyivManager, seat, second);

        EnrollmentCard card = crm.rosters().card(centre.kyivManager, seat);
        assertThat(card.student()).isEqualTo(second);
        assertThat(card.ticket()).isEqualTo(ticket);
        assertThat(card.registration()).isEqualTo(Registration.byCompany(employer, payer));
        assertThat(card.seatHolders()).extracting(SeatHolder::person).containsExactly(first, second);
        assertThat(card.seatHolders().get(0).until()).contains(clock.instant());
        assertThat(card.seatHolders().get(1).until()).isEmpty();
        assertThat(crm.rosters().roster(centre.kyivManager, group)).extracting(EnrollmentCard::student)
                .containsExactly(second);
    }

    @Test
    public void refuses_to_substitute_in_a_seat_no_company_registered_or_with_a_student_already_there() {
        ClientId employer = classes.company("ТОВ Волошка");
        PersonId inGroup = classes.student("Вже в групі");
        enroll(group, inGroup);
        EnrollmentId own = enroll(group, classes.student("Сам за себе"));
        EnrollmentId seat = crm.enrollment().enroll(centre.kyivManager, group, classes.student("Працівник"),
                Registration.byCompany(employer));

        assertThatThrownBy(() -> crm.enrollment().substitute(centre.kyivManager, own, classes.student("Інший")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.substitute.notCompany"));
        assertThatThrownBy(() -> crm.enrollment().substitute(centre.kyivManager, seat, inGroup))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.duplicate"));
        assertThat(crm.rosters().card(centre.kyivManager, seat).seatHolders()).hasSize(1);
    }

    @Test
    public void books_a_missed_lesson_as_a_make_up_in_another_group_within_its_spare_seats() {
        PersonId student = classes.student("Пропустив");
        EnrollmentId id = enroll(group, student);
        LessonId missed = classes.lessons(group).get(0);
        LessonId makeUp = classes.lessons(other).get(1);
        enroll(other, classes.student("Інший 1"));
        enroll(other, classes.student("Інший 2"));
        crm.attendance().mark(centre.kyivManager, group, missed, student, AttendanceStatus.ABSENT,
                PaymentForm.PREPAID);

        VisitId visit = crm.lessonVisits().makeUp(centre.kyivManager, id, missed, makeUp);

        assertThat(crm.lessonVisits().guestsOf(centre.kyivManager, makeUp))
                .extracting(LessonGuest::visit, LessonGuest::kind, LessonGuest::person, LessonGuest::missedLesson)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(visit, VisitKind.MAKE_UP, student,
                        java.util.Optional.of(missed)));
        assertThat(crm.lessonVisits().spareSeats(centre.kyivManager, makeUp)).isZero();
        PersonId prospect = classes.student("Новенький");
        assertThatThrownBy(() -> crm.lessonVisits().trial(centre.kyivManager, makeUp, prospect))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("visit.full"));
        crm.attendance().mark(centre.kyivManager, other, makeUp, student, AttendanceStatus.PRESENT,
                PaymentForm.PREPAID);
    }

    @Test
    public void refuses_make_ups_in_the_own_group_of_another_course_twice_or_for_a_lesson_attended() {
        PersonId student = classes.student("Студент");
        EnrollmentId id = enroll(group, student);
        List<LessonId> own = classes.lessons(group);
        LessonId elsewhere = classes.lessons(classes.group(classes.course("Інший курс"), 10)).get(0);
        LessonId makeUp = classes.lessons(other).get(0);
        crm.attendance().mark(centre.kyivManager, group, own.get(1), student, AttendanceStatus.LATE,
                PaymentForm.PAY_ON_THE_DAY);

        assertThatThrownBy(() -> crm.lessonVisits().makeUp(centre.kyivManager, id, own.get(0), own.get(2)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("makeUp.ownGroup"));
        assertThatThrownBy(() -> crm.lessonVisits().makeUp(centre.kyivManager, id, own.get(0), elsewhere))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("makeUp.otherCourse"));
        assertThatThrownBy(() -> crm.lessonVisits().makeUp(centre.kyivManager, id, own.get(1), makeUp))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("makeUp.notMissed"));
        assertThatThrownBy(() -> crm.lessonVisits().makeUp(centre.kyivManager, id, makeUp, makeUp))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("makeUp.missedLesson"));
        crm.lessonVisits().makeUp(centre.kyivManager, id, own.get(0), makeUp);
        assertThatThrownBy(() -> crm.lessonVisits().makeUp(centre.kyivManager, id, own.get(0),
                classes.lessons(other).get(1))).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("makeUp.duplicate"));
        assertThat(crm.lessonVisits().guestsOf(centre.kyivManager, makeUp)).hasSize(1);
    }

    @Test
    public void takes_prospects_on_trial_lessons_without_enrolling_them() {
        PersonId prospect = classes.student("Цікавиться");
        LessonId lesson = classes.lessons(group).get(0);

        crm.lessonVisits().trial(centre.kyivManager, lesson, prospect);
        crm.attendance().mark(centre.kyivManager, group, lesson, prospect, AttendanceStatus.PRESENT,
                PaymentForm.PAY_ON_THE_DAY);

        assertThat(crm.lessonVisits().guestsOf(centre.kyivManager, lesson)).extracting(LessonGuest::kind)
                .containsExactly(VisitKind.TRIAL);
        assertThat(crm.rosters().history(centre.kyivManager, group)).isEmpty();
        assertThatThrownBy(() -> crm.lessonVisits().trial(centre.kyivManager, lesson, prospect))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("visit.duplicate"));
        PersonId student = classes.student("Вже студент");
        enroll(group, student);
        assertThatThrownBy(() -> crm.lessonVisits().trial(centre.kyivManager, lesson, student))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("trial.enrolled"));
        assertThatThrownBy(() -> crm.lessonVisits().trial(centre.kyivManager, lesson, PersonId.newId()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("trial.person"));
    }

    @Test
    public void confirms_the_group_when_its_minimum_is_seated_and_notifies_every_registrant_with_its_calendar() {
        ClientId employer = classes.company("Замовник");
        PersonId parent = classes.student("Батько");
        enroll(group, classes.student("Перша"));
        crm.enrollment().enroll(centre.kyivManager, group, classes.student("Друга"), Registration.onBehalfOf(parent));
        crm.enrollment().enroll(centre.kyivManager, group, classes.student("Третя"), Registration.byCompany(employer));
        assertThat(crm.confirmations().noticesOf(centre.kyivManager, group)).isEmpty();

        enroll(group, classes.student("Четверта"));

        assertThat(crm.groups().card(centre.kyivManager, group).status()).isEqualTo(GroupStatus.CONFIRMED);
        List<Notice> notices = crm.confirmations().noticesOf(centre.kyivManager, group);
        assertThat(notices).hasSize(4).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.GROUP_CONFIRMED);
            assertThat(n.subject()).startsWith("Confirmed: ");
            classes.lessons(group).forEach(l -> assertThat(n.calendar()).contains(CalendarEvent.uidOf(l)));
        });
        assertThat(notices).extracting(Notice::registeredByPerson).contains(java.util.Optional.of(parent));
        assertThat(notices).extracting(Notice::employer).contains(java.util.Optional.of(employer));
    }

    @Test
    public void cancels_a_group_by_hand_with_notices_and_refuses_a_second_cancellation_writing_nothing() {
        enroll(other, classes.student("Перший"));
        enroll(other, classes.student("Другий"));

        crm.confirmations().cancel(centre.administrator, other);

        List<Notice> notices = crm.confirmations().noticesOf(centre.kyivManager, other);
        assertThat(notices).hasSize(2).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.GROUP_CANCELLED);
            assertThat(n.calendar()).contains("Cancelled: ");
        });
        assertThatThrownBy(() -> crm.confirmations().cancel(centre.administrator, other))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("group.status.transition"));
        assertThat(crm.confirmations().noticesOf(centre.kyivManager, other)).hasSize(2);
    }

    @Test
    public void confirms_a_group_below_its_minimum_by_hand_when_the_centre_decides_so() {
        enroll(other, classes.student("Єдиний"));

        crm.confirmations().confirm(centre.administrator, other);

        assertThat(crm.groups().card(centre.kyivManager, other).status()).isEqualTo(GroupStatus.CONFIRMED);
        assertThat(crm.confirmations().noticesOf(centre.kyivManager, other)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NoticeKind.GROUP_CONFIRMED));
        assertThatThrownBy(() -> crm.confirmations().confirm(centre.kyivManager, group))
                .isInstanceOf(org.trainingcrm.domain.kernel.AccessDenied.class);
    }
}

package org.trainingcrm.domain.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.trainingcrm.domain.people.PeoplePorts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.GroupId;

/** E1, E2, K2: registering students, capacity and the waiting list, levels, refusals; on any store. */
public class EnrollmentContract extends EnrollmentFixture {

    @Test
    public void keeps_who_registered_a_student_and_who_pays() {
        PersonId olena = classes.student("Олена Шевченко");
        PersonId mother = classes.student("Ірина Шевченко");
        PersonId taras = classes.student("Тарас Коваль");
        ClientId employer = classes.company("ТОВ Роботодавець");
        ClientId holding = classes.company("Холдинг");

        EnrollmentId self = enroll(group, olena);
        EnrollmentId onBehalf = crm.enrollment().enroll(centre.kyivManager, group, mother,
                Registration.onBehalfOf(olena));
        EnrollmentId byCompany = crm.enrollment().enroll(centre.kyivManager, group, taras,
                Registration.byCompany(employer, holding));

        assertThat(card(self).registration()).isEqualTo(Registration.self());
        assertThat(card(onBehalf).registration().channel()).isEqualTo(RegistrationChannel.ON_BEHALF_OF_PERSON);
        assertThat(card(onBehalf).registration().registeredByPerson()).isEqualTo(olena);
        Registration company = card(byCompany).registration();
        assertThat(company.employer()).isEqualTo(employer);
        assertThat(company.payer()).isEqualTo(holding);
        assertThat(crm.rosters().roster(centre.kyivManager, group)).extracting(EnrollmentCard::studentName)
                .containsExactly("Олена Шевченко", "Ірина Шевченко", "Тарас Коваль");
    }

    @Test
    public void keeps_the_member_of_staff_who_registered_a_student() {
        EnrollmentId id = crm.enrollment().enroll(centre.kyivManager, group, classes.student("Ганна"),
                Registration.byStaff(centre.kyivColleague.user()));

        assertThat(card(id).registration().registeredByUser()).isEqualTo(centre.kyivColleague.user());
    }

    @Test
    public void puts_students_beyond_the_seats_on_a_waiting_list_in_order_of_request() {
        List<PersonId> students = List.of(classes.student("Перший"), classes.student("Другий"),
                classes.student("Третій"), classes.student("Четвертий"), classes.student("П'ятий"));
        students.forEach(s -> enroll(group, s));

        assertThat(crm.rosters().roster(centre.kyivManager, group)).extracting(EnrollmentCard::student)
                .containsExactlyElementsOf(students.subList(0, 3));
        assertThat(crm.rosters().waitingList(centre.kyivManager, group))
                .extracting(EnrollmentCard::student, EnrollmentCard::waitingPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(students.get(3), 1),
                        org.assertj.core.groups.Tuple.tuple(students.get(4), 2));
    }

    @Test
    public void moves_the_first_waiting_student_up_when_a_seat_frees_by_withdrawal_drop_out_or_transfer() {
        GroupId other = classes.group(course, 10);
        List<EnrollmentId> seated = List.of(enroll(group, classes.student("А")), enroll(group, classes.student("Б")),
                enroll(group, classes.student("В")));
        List<EnrollmentId> waiting = List.of(enroll(group, classes.student("Г")), enroll(group, classes.student("Ґ")),
                enroll(group, classes.student("Д")));

        crm.enrollment().withdraw(centre.kyivManager, seated.get(0), illness(), "застуда");
        assertThat(card(waiting.get(0)).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        crm.enrollment().transfer(centre.kyivManager, seated.get(1), other);
        assertThat(card(waiting.get(1)).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        clock.advance(Duration.ofDays(45));
        crm.enrollment().dropOut(centre.kyivManager, seated.get(2), "переїхав");

        assertThat(card(waiting.get(2)).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(crm.rosters().roster(centre.kyivManager, group)).extracting(EnrollmentCard::id)
                .containsExactlyElementsOf(waiting);
        assertThat(crm.rosters().waitingList(centre.kyivManager, group)).isEmpty();
    }

    @Test
    public void refuses_enrollment_into_a_cancelled_or_finished_group() {
        crm.confirmations().cancel(centre.administrator, group);
        GroupId finished = classes.group(course, 10);
        crm.groups().confirm(centre.administrator, finished);
        crm.groups().finish(centre.administrator, finished);
        PersonId student = classes.student("Запізнілий");

        assertThatThrownBy(() -> enroll(group, student)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("enrollment.group.closed"));
        assertThatThrownBy(() -> enroll(finished, student)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("enrollment.group.closed"));
    }

    @Test
    public void refuses_a_second_enrollment_of_the_same_student_in_the_same_group() {
        PersonId student = classes.student("Двічі");
        enroll(group, student);

        assertThatThrownBy(() -> enroll(group, student)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("enrollment.duplicate"));
        assertThat(crm.rosters().history(centre.kyivManager, group)).hasSize(1);
    }

    @Test
    public void refuses_a_level_whose_prerequisite_the_student_has_not_finished_naming_it_then_takes_them_after() {
        CourseId second = classes.course("Англійська A2", 1, 12, course);
        GroupId next = classes.group(second, 10);
        PersonId student = classes.student("Максим");

        assertThatThrownBy(() -> enroll(next, student)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo("enrollment.prerequisite");
            assertThat(e.getMessage()).contains("Англійська A1 " + centre.tag).contains(course.toString());
        });

        EnrollmentId first = enroll(group, student);
        clock.advance(Duration.ofDays(60));
        crm.enrollment().complete(centre.kyivManager, first);

        EnrollmentId promoted = enroll(next, student);
        assertThat(card(promoted).status()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(crm.rosters().finishedLevels(centre.kyivManager, student))
                .extracting(FinishedLevel::course, FinishedLevel::level, FinishedLevel::nextCourse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(course, 1, java.util.Optional.of(second)));
    }

    @Test
    public void refuses_a_minor_without_a_guardian() {
        PersonId child = store.transactions().inTransaction(() -> {
            // written around the services: on a date far ahead the child counts as an adult, so the
            // person rules let the birth date through without a guardian
            Person person = new Person(PersonId.newId(), centre.kyiv, "Дитина без опікуна", null, null);
            person.recordBirthDate(LocalDate.of(2015, 5, 1), LocalDate.of(2040, 1, 1));
            store.ports(PeoplePorts.class).people().add(person);
            return person.id();
        });

        assertThatThrownBy(() -> enroll(group, child)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("enrollment.minorWithoutGuardian"));
    }

    @Test
    public void refuses_unknown_students_registrants_and_clients_naming_the_field() {
        PersonId student = classes.student("Хтось");
        PersonId nobody = PersonId.newId();
        ClientId noClient = ClientId.newId();

        assertThatThrownBy(() -> enroll(group, nobody)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("enrollment.student"));
        assertThatThrownBy(() -> crm.enrollment().enroll(centre.kyivManager, group, student,
                Registration.onBehalfOf(nobody))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("enrollment.registeredByPerson"));
        assertThatThrownBy(() -> crm.enrollment().enroll(centre.kyivManager, group, student,
                Registration.byCompany(noClient))).isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("enrollment.employer");
                    assertThat(e.value()).isEqualTo(noClient.toString());
                });
        assertThatThrownBy(() -> crm.enrollment().enroll(centre.kyivManager, group, student,
                Registration.self().paidBy(noClient))).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("enrollment.payer"));
        assertThatThrownBy(() -> enroll(GroupId.newId(), student)).isInstanceOf(NotFound.class);
        assertThat(crm.rosters().history(centre.kyivManager, group)).isEmpty();
    }

    @Test
    public void refuses_illegal_transitions_naming_the_rule() {
        EnrollmentId id = enroll(group, classes.student("Студент"));
        crm.enrollment().withdraw(centre.kyivManager, id, illness(), null);

        assertThatThrownBy(() -> crm.enrollment().transfer(centre.kyivManager, id, classes.group(course, 5)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.transfer.status"));
        assertThatThrownBy(() -> crm.enrollment().complete(centre.kyivManager, id))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.complete.status"));
    }

    @Test
    public void keeps_managers_to_the_groups_of_their_branch() {
        PersonId student = classes.student("Чужий");

        assertThatThrownBy(() -> crm.enrollment().enroll(centre.madridManager, group, student, Registration.self()))
                .isInstanceOf(AccessDenied.class);
        assertThat(crm.rosters().history(centre.kyivManager, group)).isEmpty();
    }
}

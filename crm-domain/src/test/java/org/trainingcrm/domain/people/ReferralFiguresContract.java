package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.schedule.GroupId;

/** C8 with enrollment: how many of the people someone brought enrolled, and how far they went. */
public class ReferralFiguresContract extends CrmContract {

    private Classes classes;
    private GroupId levelOne;
    private GroupId levelTwo;

    @BeforeEach
    final void twoLevels() {
        classes = new Classes(crm, store, centre);
        CourseId first = classes.course("Python 1", 1, 12, null);
        CourseId second = classes.course("Python 2", 1, 12, first);
        levelOne = classes.group(first, 10);
        levelTwo = classes.group(second, 10);
    }

    @Test
    public void counts_who_of_the_people_brought_enrolled_and_the_highest_level_they_finished() {
        PersonId ambassador = classes.student("Амбасадор");
        PersonId enrolledOnly = classes.student("Записався");
        PersonId finishedTwo = classes.student("Дві сходинки");
        PersonId neverEnrolled = classes.student("Тільки цікавився");
        PersonId broughtByFinisher = classes.student("Друг друга");
        crm.referrals().record(centre.kyivManager, enrolledOnly, ambassador);
        crm.referrals().record(centre.kyivManager, finishedTwo, ambassador);
        crm.referrals().record(centre.kyivManager, neverEnrolled, ambassador);
        crm.referrals().record(centre.kyivManager, broughtByFinisher, finishedTwo);
        crm.enrollment().enroll(centre.kyivManager, levelOne, enrolledOnly, Registration.self());
        crm.enrollment().enroll(centre.kyivManager, levelOne, broughtByFinisher, Registration.self());
        EnrollmentId one = crm.enrollment().enroll(centre.kyivManager, levelOne, finishedTwo, Registration.self());
        clock.advance(Duration.ofDays(60));
        crm.enrollment().complete(centre.kyivManager, one);
        EnrollmentId two = crm.enrollment().enroll(centre.kyivManager, levelTwo, finishedTwo, Registration.self());
        crm.enrollment().complete(centre.kyivManager, two);

        ReferralTree tree = crm.referrals().tree(centre.kyivManager, ambassador);

        assertThat(tree.broughtInTotal()).isEqualTo(4);
        assertThat(tree.broughtEnrolled()).isEqualTo(3);
        assertThat(tree.highestLevelBrought()).isEqualTo(2);
        assertThat(tree.referees()).extracting(Referee::person, Referee::enrolled, Referee::highestLevel,
                Referee::broughtEnrolled).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(enrolledOnly, true, 0, 0),
                org.assertj.core.groups.Tuple.tuple(finishedTwo, true, 2, 1),
                org.assertj.core.groups.Tuple.tuple(neverEnrolled, false, 0, 0),
                org.assertj.core.groups.Tuple.tuple(broughtByFinisher, true, 0, 0));
    }
}

package org.trainingcrm.domain.enrollment;

import org.junit.jupiter.api.BeforeEach;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.schedule.GroupId;

/** What the enrollment contracts share: a course, a group of three seats, and short ways to enroll and look. */
abstract class EnrollmentFixture extends CrmContract {

    Classes classes;
    CourseId course;
    GroupId group;

    @BeforeEach
    final void courseAndGroup() {
        classes = new Classes(crm, store, centre);
        course = classes.course("Англійська A1");
        group = classes.group(course, 3);
    }

    EnrollmentId enroll(GroupId into, PersonId student) {
        return crm.enrollment().enroll(centre.kyivManager, into, student, Registration.self());
    }

    EnrollmentCard card(EnrollmentId id) {
        return crm.rosters().card(centre.kyivManager, id);
    }

    WithdrawalReasonId illness() {
        return crm.withdrawalReasons().define(centre.kyivManager, "Хвороба " + centre.tag, true);
    }
}

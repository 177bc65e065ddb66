package org.trainingcrm.domain.people;

import java.time.LocalDate;
import org.trainingcrm.domain.fixtures.CrmContract;

/** What the suites of students and guardians share: birth dates against the contract clock, people to start from. */
public abstract class PeopleContract extends CrmContract {

    /** Twelve years old on the contract clock's day, 2026-09-01. */
    static final LocalDate CHILD = LocalDate.of(2014, 5, 3);
    static final LocalDate ADULT = LocalDate.of(1985, 11, 20);

    protected PersonId adult(String name) {
        return crm.people().registerStudent(centre.headOfficeManager, StudentForm.named(name + " " + centre.tag)
                .bornOn(ADULT));
    }

    protected PersonId child(String name, PersonId guardian) {
        return crm.people().registerStudent(centre.headOfficeManager, StudentForm.named(name + " " + centre.tag)
                .bornOn(CHILD).guardian(GuardianForm.existing(guardian, GuardianRelation.MOTHER)));
    }
}

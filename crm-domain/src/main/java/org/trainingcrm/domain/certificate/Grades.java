package org.trainingcrm.domain.certificate;

import java.util.List;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.schedule.GroupId;

/** Port: grades per lesson and final. */
public interface Grades {

    void add(Grade grade);

    /** Marks a loaded grade as changed; written when the transaction commits. */
    void update(Grade grade);

    /** Every grade of the enrollment, in no particular order. */
    List<Grade> ofEnrollment(EnrollmentId enrollment);

    /** Every grade given in the group, in no particular order. */
    List<Grade> ofGroup(GroupId group);
}

package org.trainingcrm.domain.certificate;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.schedule.GroupId;

/** Port: issued certificates. */
public interface Certificates {

    void add(Certificate certificate);

    Optional<Certificate> ofEnrollment(EnrollmentId enrollment);

    /** Every certificate issued in the group, in no particular order. */
    List<Certificate> ofGroup(GroupId group);
}

package org.trainingcrm.domain.enrollment;

import java.util.List;

/** Port: notes about students in their groups. */
public interface StudentNotes {

    void add(StudentNote note);

    /** Every note of the enrollment, in no particular order. */
    List<StudentNote> ofEnrollment(EnrollmentId enrollment);
}

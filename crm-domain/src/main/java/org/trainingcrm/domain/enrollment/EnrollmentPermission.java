package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;
import static org.trainingcrm.domain.kernel.Role.MANAGER;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What enrollment, attendance and results may require (E1–E8). */
public final class EnrollmentPermission {

    /** Read enrollments, waiting lists, attendance, results, notes and certificates. */
    public static final Permission ENROLLMENT_READ = Permission.of("ENROLLMENT_READ", ADMINISTRATOR, MANAGER);

    /** Enroll, withdraw, transfer, substitute, book make-ups and trials, mark attendance, grade, write notes. */
    public static final Permission ENROLLMENT_WRITE = Permission.of("ENROLLMENT_WRITE", ADMINISTRATOR, MANAGER);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(ENROLLMENT_READ, ENROLLMENT_WRITE);

    private EnrollmentPermission() {
    }
}

package org.trainingcrm.domain;

import org.trainingcrm.domain.access.Users;
import org.trainingcrm.domain.assignment.Assignments;
import org.trainingcrm.domain.assignment.Reassignments;
import org.trainingcrm.domain.audit.AuditLog;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.bulk.ClientBulkWriter;
import org.trainingcrm.domain.catalog.CourseDocuments;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.catalog.Directions;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.client.Industries;
import org.trainingcrm.domain.client.People;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.people.MedicalNotes;
import org.trainingcrm.domain.people.Referrals;
import org.trainingcrm.domain.schedule.BookingLocks;
import org.trainingcrm.domain.schedule.CalendarExport;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.Rooms;

/** Every port a store implements for the CRM: a database, or memory in tests. */
public interface CrmPorts {

    Transactions transactions();

    AuditLog auditLog();

    Branches branches();

    Users users();

    Industries industries();

    People people();

    Clients clients();

    Assignments assignments();

    Reassignments reassignments();

    ClientBulkWriter clientBulkWriter();

    MedicalNotes medicalNotes();

    Referrals referrals();
    Directions directions();

    Courses courses();

    CourseDocuments courseDocuments();

    Rooms rooms();

    Groups groups();

    Lessons lessons();

    BookingLocks bookingLocks();

    /** Writes timetables as iCalendar text; not a table, but supplied by the store's module with it. */
    CalendarExport calendarExport();

    org.trainingcrm.domain.enrollment.Enrollments enrollments();

    org.trainingcrm.domain.enrollment.WithdrawalReasons withdrawalReasons();

    org.trainingcrm.domain.enrollment.Promotions promotions();

    org.trainingcrm.domain.enrollment.GuestVisits guestVisits();

    org.trainingcrm.domain.enrollment.StudentNotes studentNotes();

    /** Queues notices to registrants; the store keeps them until the host delivers them. */
    org.trainingcrm.domain.enrollment.Notifier notifier();

    org.trainingcrm.domain.attendance.AttendanceMarks attendanceMarks();

    org.trainingcrm.domain.certificate.Grades grades();

    org.trainingcrm.domain.certificate.Certificates certificates();

    org.trainingcrm.domain.certificate.CertificateNumbers certificateNumbers();
}

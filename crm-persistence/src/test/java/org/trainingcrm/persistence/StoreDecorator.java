package org.trainingcrm.persistence;

import org.trainingcrm.domain.CrmPorts;
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

/** A store that passes every port through, so a test can replace one of them. */
class StoreDecorator implements CrmPorts {

    private final CrmPorts store;

    StoreDecorator(CrmPorts store) {
        this.store = store;
    }

    @Override
    public Transactions transactions() {
        return store.transactions();
    }

    @Override
    public AuditLog auditLog() {
        return store.auditLog();
    }

    @Override
    public Branches branches() {
        return store.branches();
    }

    @Override
    public Users users() {
        return store.users();
    }

    @Override
    public Industries industries() {
        return store.industries();
    }

    @Override
    public People people() {
        return store.people();
    }

    @Override
    public Clients clients() {
        return store.clients();
    }

    @Override
    public Assignments assignments() {
        return store.assignments();
    }

    @Override
    public Reassignments reassignments() {
        return store.reassignments();
    }

    @Override
    public ClientBulkWriter clientBulkWriter() {
        return store.clientBulkWriter();
    }

    @Override
    public MedicalNotes medicalNotes() {
        return store.medicalNotes();
    }

    @Override
    public Referrals referrals() {
        return store.referrals();
    }

    @Override
    public Directions directions() {
        return store.directions();
    }

    @Override
    public Courses courses() {
        return store.courses();
    }

    @Override
    public CourseDocuments courseDocuments() {
        return store.courseDocuments();
    }

    @Override
    public Rooms rooms() {
        return store.rooms();
    }

    @Override
    public Groups groups() {
        return store.groups();
    }

    @Override
    public Lessons lessons() {
        return store.lessons();
    }

    @Override
    public BookingLocks bookingLocks() {
        return store.bookingLocks();
    }

    @Override
    public CalendarExport calendarExport() {
        return store.calendarExport();
    }

    @Override
    public org.trainingcrm.domain.enrollment.Enrollments enrollments() {
        return store.enrollments();
    }

    @Override
    public org.trainingcrm.domain.enrollment.WithdrawalReasons withdrawalReasons() {
        return store.withdrawalReasons();
    }

    @Override
    public org.trainingcrm.domain.enrollment.Promotions promotions() {
        return store.promotions();
    }

    @Override
    public org.trainingcrm.domain.enrollment.GuestVisits guestVisits() {
        return store.guestVisits();
    }

    @Override
    public org.trainingcrm.domain.enrollment.StudentNotes studentNotes() {
        return store.studentNotes();
    }

    @Override
    public org.trainingcrm.domain.enrollment.Notifier notifier() {
        return store.notifier();
    }

    @Override
    public org.trainingcrm.domain.attendance.AttendanceMarks attendanceMarks() {
        return store.attendanceMarks();
    }

    @Override
    public org.trainingcrm.domain.certificate.Grades grades() {
        return store.grades();
    }

    @Override
    public org.trainingcrm.domain.certificate.Certificates certificates() {
        return store.certificates();
    }

    @Override
    public org.trainingcrm.domain.certificate.CertificateNumbers certificateNumbers() {
        return store.certificateNumbers();
    }
}

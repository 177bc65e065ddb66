package org.trainingcrm.domain;

import java.time.Clock;
import org.trainingcrm.domain.access.AccessPolicy;
import org.trainingcrm.domain.access.RoleBasedAccessPolicy;
import org.trainingcrm.domain.access.StaffService;
import org.trainingcrm.domain.assignment.ManagerAssignments;
import org.trainingcrm.domain.attendance.AttendanceService;
import org.trainingcrm.domain.attendance.LessonVisits;
import org.trainingcrm.domain.audit.AuditTrail;
import org.trainingcrm.domain.certificate.CertificateService;
import org.trainingcrm.domain.certificate.ResultsService;
import org.trainingcrm.domain.bulk.ClientBulkLoad;
import org.trainingcrm.domain.catalog.CatalogSearch;
import org.trainingcrm.domain.catalog.CatalogService;
import org.trainingcrm.domain.catalog.CourseDocumentService;
import org.trainingcrm.domain.catalog.DirectionDictionary;
import org.trainingcrm.domain.client.ClientSearch;
import org.trainingcrm.domain.client.ClientService;
import org.trainingcrm.domain.client.IndustryDictionary;
import org.trainingcrm.domain.enrollment.EnrollmentFigures;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.enrollment.EnrollmentService;
import org.trainingcrm.domain.enrollment.GroupConfirmations;
import org.trainingcrm.domain.enrollment.Rosters;
import org.trainingcrm.domain.enrollment.StudentNoteService;
import org.trainingcrm.domain.enrollment.WithdrawalReasonDictionary;
import org.trainingcrm.domain.people.MedicalNoteService;
import org.trainingcrm.domain.people.PeopleService;
import org.trainingcrm.domain.people.ReferralService;
import org.trainingcrm.domain.report.ReportExportService;
import org.trainingcrm.domain.schedule.GroupService;
import org.trainingcrm.domain.schedule.RoomService;
import org.trainingcrm.domain.schedule.TimetableCalendars;
import org.trainingcrm.domain.schedule.TimetableService;

/**
 * The CRM's application services wired to one store: the entry a host application holds.
 *
 * <pre>{@code
 * Crm crm = Crm.on(database, Clock.systemUTC());
 * ClientId id = crm.clients().register(actor, ClientForm.organisation("Ромашка").taxId("7707083893"));
 * }</pre>
 */
public final class Crm {

    private final StaffService staff;
    private final ClientService clients;
    private final ClientSearch search;
    private final IndustryDictionary industries;
    private final ManagerAssignments managers;
    private final ClientBulkLoad bulkLoad;
    private final AuditTrail audit;
    private final PeopleService people;
    private final ReferralService referrals;
    private final MedicalNoteService medicalNotes;
    private final DirectionDictionary directions;
    private final CatalogService catalog;
    private final CatalogSearch catalogSearch;
    private final CourseDocumentService courseDocuments;
    private final RoomService rooms;
    private final GroupService groups;
    private final TimetableService timetable;
    private final TimetableCalendars calendars;
    private final EnrollmentService enrollment;
    private final Rosters rosters;
    private final WithdrawalReasonDictionary withdrawalReasons;
    private final GroupConfirmations confirmations;
    private final StudentNoteService studentNotes;
    private final AttendanceService attendance;
    private final LessonVisits lessonVisits;
    private final ResultsService results;
    private final CertificateService certificates;
    private final ReportExportService reports;

    private Crm(CrmPorts ports, AccessPolicy access, Clock clock) {
        var tx = ports.transactions();
        var log = ports.auditLog();
        staff = new StaffService(ports.branches(), ports.users(), access, tx, log, clock);
        clients = new ClientService(ports.clients(), ports.people(), ports.industries(), ports.branches(), access,
                tx, log, clock);
        search = new ClientSearch(ports.clients(), ports.branches(), access, tx);
        industries = new IndustryDictionary(ports.industries(), access, tx, log, clock);
        managers = new ManagerAssignments(ports.assignments(), ports.reassignments(), ports.clients(), ports.users(),
                access, tx, log, clock);
        bulkLoad = new ClientBulkLoad(ports.clientBulkWriter(), ports.branches(), ports.industries(), ports.users(),
                access, tx, log, clock);
        audit = new AuditTrail(log, access, tx);
        people = new PeopleService(ports.people(), ports.branches(), access, tx, log, clock);
        referrals = new ReferralService(ports.referrals(), ports.people(),
                new EnrollmentFigures(ports.enrollments(), ports.promotions(), ports.courses()), access, tx, log, clock);
        medicalNotes = new MedicalNoteService(ports.medicalNotes(), ports.people(), access, tx, log, clock);
        directions = new DirectionDictionary(ports.directions(), access, tx, log, clock);
        catalog = new CatalogService(ports.courses(), ports.courseDocuments(), ports.directions(), ports.branches(),
                access, tx, log, clock);
        catalogSearch = new CatalogSearch(ports.courses(), access, tx, clock);
        courseDocuments = new CourseDocumentService(ports.courseDocuments(), ports.courses(), access, tx, log, clock);
        rooms = new RoomService(ports.rooms(), ports.groups(), ports.branches(), access, tx, log, clock);
        groups = new GroupService(ports.groups(), ports.lessons(), ports.courses(), ports.rooms(), ports.people(),
                ports.clients(), ports.bookingLocks(), access, tx, log, clock);
        timetable = new TimetableService(ports.lessons(), ports.groups(), ports.courses(), ports.rooms(),
                ports.people(), ports.bookingLocks(), access, tx, log, clock);
        calendars = new TimetableCalendars(timetable, ports.rooms(), ports.groups(), ports.people(),
                ports.calendarExport(), tx, clock);
        EnrollmentPorts enrollmentPorts = new EnrollmentPorts(ports.enrollments(), ports.withdrawalReasons(),
                ports.promotions(), ports.guestVisits(), ports.notifier(), ports.courses(), ports.groups(),
                ports.lessons(), ports.rooms(), ports.people(), ports.clients(), ports.calendarExport());
        enrollment = new EnrollmentService(enrollmentPorts, access, tx, log, clock);
        rosters = new Rosters(enrollmentPorts, access, tx, clock);
        withdrawalReasons = new WithdrawalReasonDictionary(ports.withdrawalReasons(), access, tx, log, clock);
        confirmations = new GroupConfirmations(groups, enrollmentPorts, access, tx, clock);
        studentNotes = new StudentNoteService(ports.enrollments(), ports.studentNotes(), access, tx, log, clock);
        attendance = new AttendanceService(ports.attendanceMarks(), enrollmentPorts, access, tx, log, clock);
        lessonVisits = new LessonVisits(ports.attendanceMarks(), enrollmentPorts, access, tx, log, clock);
        results = new ResultsService(ports.grades(), ports.enrollments(), ports.lessons(), access, tx, log, clock);
        certificates = new CertificateService(ports.certificates(), ports.certificateNumbers(), ports.grades(),
                ports.enrollments(), ports.groups(), ports.courses(), ports.people(), access, tx, log, clock);
        reports = new ReportExportService(access, tx, log, clock);
    }

    /** The services over the store with the role-based access policy. */
    public static Crm on(CrmPorts ports, Clock clock) {
        return new Crm(ports, new RoleBasedAccessPolicy(ports.branches()), clock);
    }

    /** The services over the store with the host's own access policy. */
    public static Crm on(CrmPorts ports, AccessPolicy access, Clock clock) {
        return new Crm(ports, access, clock);
    }

    public StaffService staff() {
        return staff;
    }

    public ClientService clients() {
        return clients;
    }

    public ClientSearch search() {
        return search;
    }

    public IndustryDictionary industries() {
        return industries;
    }

    public ManagerAssignments managers() {
        return managers;
    }

    public ClientBulkLoad bulkLoad() {
        return bulkLoad;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Students, their parents and guardians, preferences (C7). */
    public PeopleService people() {
        return people;
    }

    /** Who brought whom (C8). */
    public ReferralService referrals() {
        return referrals;
    }

    /** Medical notes, restricted and audited on every read (C7). */
    public MedicalNoteService medicalNotes() {
        return medicalNotes;
    }

    /** The directions dictionary (K1). */
    public DirectionDictionary directions() {
        return directions;
    }

    /** Courses and seminars: create, revise, statuses, levels (K1, K2). */
    public CatalogService catalog() {
        return catalog;
    }

    /** Browsing the catalogue: past, current, upcoming, by direction and title (K1). */
    public CatalogSearch catalogSearch() {
        return catalogSearch;
    }

    /** Documents attached to courses (K1). */
    public CourseDocumentService courseDocuments() {
        return courseDocuments;
    }

    /** Rooms of the branches (K3). */
    public RoomService rooms() {
        return rooms;
    }

    /** Groups and their generated lessons (K3, K4). */
    public GroupService groups() {
        return groups;
    }

    /** Timetables by room, teacher and group; moving a lesson (K4). */
    public TimetableService timetable() {
        return timetable;
    }

    /** iCalendar export of timetables (K5). */
    public TimetableCalendars calendars() {
        return calendars;
    }

    /** Enroll, withdraw, drop out, transfer, substitute, complete a level (E1–E3, E8, K2). */
    public EnrollmentService enrollment() {
        return enrollment;
    }

    /** Rosters, waiting lists, groups below their minimum, finished levels (E1–E3, K2). */
    public Rosters rosters() {
        return rosters;
    }

    /** The withdrawal reasons dictionary (E3). */
    public WithdrawalReasonDictionary withdrawalReasons() {
        return withdrawalReasons;
    }

    /** Confirming and cancelling groups with notices to their registrants (E8). */
    public GroupConfirmations confirmations() {
        return confirmations;
    }

    /** Notes before the course and in class (E7). */
    public StudentNoteService studentNotes() {
        return studentNotes;
    }

    /** Attendance marks and the no-show lists (E4, E6). */
    public AttendanceService attendance() {
        return attendance;
    }

    /** Make-up and trial lessons (E8). */
    public LessonVisits lessonVisits() {
        return lessonVisits;
    }

    /** Grades and certification results (E5). */
    public ResultsService results() {
        return results;
    }

    /** Certificates and their issue lists (E5). */
    public CertificateService certificates() {
        return certificates;
    }

    /** Permission and audit for exporting analytics reports; answers the branches they may show (R10, R12). */
    public ReportExportService reports() {
        return reports;
    }
}

package org.trainingcrm.domain;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.trainingcrm.domain.access.RoleBasedAccessPolicy;
import org.trainingcrm.domain.access.StaffService;
import org.trainingcrm.domain.assignment.AssignmentService;
import org.trainingcrm.domain.attendance.AttendanceService;
import org.trainingcrm.domain.attendance.LessonVisitService;
import org.trainingcrm.domain.audit.AuditService;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.bulk.BulkLoadService;
import org.trainingcrm.domain.catalog.CatalogSearchService;
import org.trainingcrm.domain.catalog.CatalogService;
import org.trainingcrm.domain.catalog.CourseDocumentService;
import org.trainingcrm.domain.catalog.DirectionService;
import org.trainingcrm.domain.certificate.CertificateService;
import org.trainingcrm.domain.certificate.ResultsService;
import org.trainingcrm.domain.client.ClientSearchService;
import org.trainingcrm.domain.client.ClientService;
import org.trainingcrm.domain.client.IndustryService;
import org.trainingcrm.domain.enrollment.ConfirmationService;
import org.trainingcrm.domain.enrollment.EnrollmentService;
import org.trainingcrm.domain.enrollment.RosterService;
import org.trainingcrm.domain.enrollment.StudentNoteService;
import org.trainingcrm.domain.enrollment.WithdrawalReasonService;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.kernel.Wiring;
import org.trainingcrm.domain.people.MedicalNoteService;
import org.trainingcrm.domain.people.PeopleSearchService;
import org.trainingcrm.domain.people.PeopleService;
import org.trainingcrm.domain.people.ReferralService;
import org.trainingcrm.domain.report.ReportExportService;
import org.trainingcrm.domain.schedule.CalendarService;
import org.trainingcrm.domain.schedule.GroupService;
import org.trainingcrm.domain.schedule.RoomService;
import org.trainingcrm.domain.schedule.TimetableService;

/**
 * The CRM's application services wired to one store: the entry a host application holds.
 * Each feature builds its own services (see {@link CrmFeatures}); this hands them out.
 *
 * <pre>{@code
 * Crm crm = Crm.on(database, Clock.systemUTC());
 * ClientId id = crm.clients().register(actor, ClientForm.organisation("Ромашка").taxId("7707083893"));
 * }</pre>
 */
public final class Crm {

    private final AccessPolicy access;
    private final Map<Class<?>, Object> services;

    private Crm(CrmStore store, AccessPolicy access, Clock clock) {
        this.access = access;
        Wiring wiring = new Wiring(store, access, clock);
        for (CrmFeature feature : CrmFeatures.all()) {
            feature.wire(wiring);
        }
        this.services = wiring.services();
    }

    /** The services over the store with the role-based access policy and every feature's default grants. */
    public static Crm on(CrmStore store, Clock clock) {
        return new Crm(store, defaultAccessPolicy(store), clock);
    }

    /** The services over the store with the host's own access policy. */
    public static Crm on(CrmStore store, AccessPolicy access, Clock clock) {
        return new Crm(store, access, clock);
    }

    /** The role-based policy with the grants every feature declares; a host adds or revokes from it. */
    public static RoleBasedAccessPolicy defaultAccessPolicy(CrmStore store) {
        return new RoleBasedAccessPolicy(store.ports(BranchPorts.class).branches(), CrmFeatures.permissions());
    }

    /** The access policy every use case asks. */
    public AccessPolicy access() {
        return access;
    }

    public StaffService staff() {
        return service(StaffService.class);
    }

    public ClientService clients() {
        return service(ClientService.class);
    }

    public ClientSearchService search() {
        return service(ClientSearchService.class);
    }

    public IndustryService industries() {
        return service(IndustryService.class);
    }

    public AssignmentService managers() {
        return service(AssignmentService.class);
    }

    public BulkLoadService bulkLoad() {
        return service(BulkLoadService.class);
    }

    public AuditService audit() {
        return service(AuditService.class);
    }

    /** Students, their parents and guardians, preferences (C7). */
    public PeopleService people() {
        return service(PeopleService.class);
    }

    /** Pages through the people the centre knows, by name (C7). */
    public PeopleSearchService peopleSearch() {
        return service(PeopleSearchService.class);
    }

    /** Who brought whom (C8). */
    public ReferralService referrals() {
        return service(ReferralService.class);
    }

    /** Medical notes, restricted and audited on every read (C7). */
    public MedicalNoteService medicalNotes() {
        return service(MedicalNoteService.class);
    }

    /** The directions dictionary (K1). */
    public DirectionService directions() {
        return service(DirectionService.class);
    }

    /** Courses and seminars: create, revise, statuses, levels (K1, K2). */
    public CatalogService catalog() {
        return service(CatalogService.class);
    }

    /** Browsing the catalogue: past, current, upcoming, by direction and title (K1). */
    public CatalogSearchService catalogSearch() {
        return service(CatalogSearchService.class);
    }

    /** Documents attached to courses (K1). */
    public CourseDocumentService courseDocuments() {
        return service(CourseDocumentService.class);
    }

    /** Rooms of the branches (K3). */
    public RoomService rooms() {
        return service(RoomService.class);
    }

    /** Groups and their generated lessons (K3, K4). */
    public GroupService groups() {
        return service(GroupService.class);
    }

    /** Timetables by room, teacher and group; moving a lesson (K4). */
    public TimetableService timetable() {
        return service(TimetableService.class);
    }

    /** iCalendar export of timetables (K5). */
    public CalendarService calendars() {
        return service(CalendarService.class);
    }

    /** Enroll, withdraw, drop out, transfer, substitute, complete a level (E1–E3, E8, K2). */
    public EnrollmentService enrollment() {
        return service(EnrollmentService.class);
    }

    /** RosterService, waiting lists, groups below their minimum, finished levels (E1–E3, K2). */
    public RosterService rosters() {
        return service(RosterService.class);
    }

    /** The withdrawal reasons dictionary (E3). */
    public WithdrawalReasonService withdrawalReasons() {
        return service(WithdrawalReasonService.class);
    }

    /** Confirming and cancelling groups with notices to their registrants (E8). */
    public ConfirmationService confirmations() {
        return service(ConfirmationService.class);
    }

    /** Notes before the course and in class (E7). */
    public StudentNoteService studentNotes() {
        return service(StudentNoteService.class);
    }

    /** Attendance marks and the no-show lists (E4, E6). */
    public AttendanceService attendance() {
        return service(AttendanceService.class);
    }

    /** Make-up and trial lessons (E8). */
    public LessonVisitService lessonVisits() {
        return service(LessonVisitService.class);
    }

    /** Grades and certification results (E5). */
    public ResultsService results() {
        return service(ResultsService.class);
    }

    /** Certificates and their issue lists (E5). */
    public CertificateService certificates() {
        return service(CertificateService.class);
    }

    /** Permission and audit for exporting analytics reports; answers the branches they may show (R10, R12). */
    public ReportExportService reports() {
        return service(ReportExportService.class);
    }

    /** The types of every service the registered features provide. */
    public Set<Class<?>> serviceTypes() {
        return services.keySet();
    }

    /**
     * Any service a feature provides, by type: the accessors above are shortcuts to it, so a new
     * feature's services are reachable without an accessor here.
     *
     * @throws IllegalArgumentException when no registered feature provides the type
     */
    public <S> S service(Class<S> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("no feature provides " + type.getName());
        }
        return type.cast(service);
    }
}

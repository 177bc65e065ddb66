package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import org.trainingcrm.domain.audit.AuditLog;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.client.People;
import org.trainingcrm.domain.schedule.CalendarExport;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.Rooms;

/** The ports the enrollment use cases read and write, gathered so the services take one argument for them. */
public record EnrollmentPorts(Enrollments enrollments, WithdrawalReasons withdrawalReasons, Promotions promotions,
        GuestVisits visits, Notifier notifier, Courses courses, Groups groups, Lessons lessons, Rooms rooms,
        People people, Clients clients, CalendarExport calendarExport) {

    GroupNotices notices(Clock clock) {
        return new GroupNotices(enrollments, lessons, courses, rooms, people, calendarExport, notifier, clock);
    }

    GroupSeats seats(AuditLog audit, Clock clock) {
        return new GroupSeats(enrollments, groups, courses, notices(clock), audit, clock);
    }
}

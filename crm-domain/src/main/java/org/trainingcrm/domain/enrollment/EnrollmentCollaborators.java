package org.trainingcrm.domain.enrollment;

import java.time.Clock;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.client.Clients;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.CalendarWriter;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.Rooms;
import org.trainingcrm.domain.schedule.SchedulePorts;

/** The ports of several features the enrollment use cases read and write. */
public record EnrollmentCollaborators(Enrollments enrollments, WithdrawalReasons withdrawalReasons, Promotions promotions,
        Notifier notifier, Courses courses, Groups groups, Lessons lessons, Rooms rooms,
        People people, Clients clients, CalendarWriter calendarExport) {

    public static EnrollmentCollaborators of(EnrollmentPorts own, CatalogPorts catalog, SchedulePorts schedule,
            PeoplePorts people, ClientPorts clients) {
        return new EnrollmentCollaborators(own.enrollments(), own.withdrawalReasons(), own.promotions(), own.notifier(),
                catalog.courses(), schedule.groups(), schedule.lessons(), schedule.rooms(), people.people(),
                clients.clients(), schedule.calendarWriter());
    }

    GroupNotices notices(Clock clock) {
        return new GroupNotices(enrollments, lessons, courses, rooms, people, calendarExport, notifier, clock);
    }

    GroupSeats seats(AuditLog audit, Clock clock) {
        return new GroupSeats(enrollments, groups, courses, notices(clock), audit, clock);
    }
}

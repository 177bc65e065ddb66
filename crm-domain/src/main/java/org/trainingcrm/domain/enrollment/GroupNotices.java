package org.trainingcrm.domain.enrollment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.schedule.CalendarEvent;
import org.trainingcrm.domain.schedule.CalendarWriter;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.Room;
import org.trainingcrm.domain.schedule.Rooms;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.TimetableCalendar;

/**
 * Writes the notices of a group's confirmation or cancellation (E8): one to each active
 * registrant, with the group's lessons attached as iCalendar events (the same UIDs as the
 * timetable export, so calendars update rather than duplicate). A cancellation's events carry
 * the next SEQUENCE and a summary that starts with "Cancelled", since the export port writes
 * events only, not an RFC 5546 CANCEL.
 */
final class GroupNotices {

    private final Enrollments enrollments;
    private final Lessons lessons;
    private final Courses courses;
    private final Rooms rooms;
    private final People people;
    private final CalendarWriter export;
    private final Notifier notifier;

    GroupNotices(EnrollmentPorts own, SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people) {
        this.enrollments = own.enrollments();
        this.lessons = schedule.lessons();
        this.courses = catalog.courses();
        this.rooms = schedule.rooms();
        this.people = people.people();
        this.export = schedule.calendarWriter();
        this.notifier = own.notifier();
    }

    /** Queues a notice to every student waiting or seated in the group, by ticket, written at the use case's moment. */
    void announce(NoticeKind kind, Group group, Instant now) {
        boolean cancelled = kind == NoticeKind.GROUP_CANCELLED;
        String course = courses.byId(group.course()).map(Course::title).orElse(String.valueOf(group.course()));
        String title = course + " — " + group.name();
        String calendar = calendarOf(group, title, cancelled, now);
        String subject = (cancelled ? "Cancelled: " : "Confirmed: ") + title;
        List<Enrollment> registrants = enrollments.ofGroup(group.id()).stream().filter(e -> e.status().isActive())
                .sorted(Comparator.comparingLong(Enrollment::ticket)).toList();
        for (Enrollment registrant : registrants) {
            String name = people.byId(registrant.student()).map(Person::fullName).orElse("");
            String body = name + ": the group " + title + " starting on " + group.startDate()
                    + (cancelled ? " is cancelled and will not run." : " is confirmed and will run.")
                    + (registrant.status() == EnrollmentStatus.WAITING ? " You are on its waiting list." : "");
            notifier.send(new Notice(kind, registrant, subject, body, calendar, now));
        }
    }

    private String calendarOf(Group group, String title, boolean cancelled, Instant now) {
        List<CalendarEvent> events = lessons.ofGroup(group.id()).stream()
                .sorted(Comparator.comparing(Lesson::start))
                .map(l -> new CalendarEvent(CalendarEvent.uidOf(l.id()), l.sequence() + (cancelled ? 1 : 0),
                        l.startsAt(), l.endsAt(), l.zone(), (cancelled ? "Cancelled: " : "") + title,
                        rooms.byId(l.room()).map(Room::name).orElse(null),
                        people.byId(l.teacher()).map(Person::fullName).orElse(null)))
                .toList();
        return export.write(new TimetableCalendar(title, now, events));
    }
}

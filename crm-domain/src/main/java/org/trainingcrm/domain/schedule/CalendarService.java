package org.trainingcrm.domain.schedule;

import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_READ;

import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.TimetableQueries.Subject;

/**
 * Use cases of the iCalendar export (K5): a room's, a teacher's or a group's timetable over a
 * range, as events with stable UIDs, or written as RFC 5545 text through {@link CalendarWriter}.
 * Reading a calendar takes the same permission and branch scope as reading the timetable.
 */
public final class CalendarService {

    private final Rooms rooms;
    private final Groups groups;
    private final People people;
    private final CalendarWriter export;
    private final TimetableQueries queries;
    private final UseCases useCases;

    public CalendarService(SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people, UseCases useCases) {
        this.rooms = schedule.rooms();
        this.groups = schedule.groups();
        this.people = people.people();
        this.export = schedule.calendarWriter();
        this.queries = new TimetableQueries(schedule, catalog, people);
        this.useCases = useCases;
    }

    /** The room's lessons in the range as calendar events. */
    public TimetableCalendar ofRoom(Actor actor, RoomId room, DateRange range) {
        return calendar(actor, Subject.ROOM, room, range);
    }

    /** The teacher's lessons in the range, in the branches the actor sees, as calendar events. */
    public TimetableCalendar ofTeacher(Actor actor, PersonId teacher, DateRange range) {
        return calendar(actor, Subject.TEACHER, teacher, range);
    }

    /** The group's lessons in the range as calendar events. */
    public TimetableCalendar ofGroup(Actor actor, GroupId group, DateRange range) {
        return calendar(actor, Subject.GROUP, group, range);
    }

    /** The room's timetable as iCalendar text. */
    public String exportRoom(Actor actor, RoomId room, DateRange range) {
        return export.write(ofRoom(actor, room, range));
    }

    /** The teacher's timetable as iCalendar text. */
    public String exportTeacher(Actor actor, PersonId teacher, DateRange range) {
        return export.write(ofTeacher(actor, teacher, range));
    }

    /** The group's timetable as iCalendar text. */
    public String exportGroup(Actor actor, GroupId group, DateRange range) {
        return export.write(ofGroup(actor, group, range));
    }

    private TimetableCalendar calendar(Actor actor, Subject subject, Object id, DateRange range) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            List<CalendarEvent> events = queries.entriesOf(uc, subject, id, range).stream()
                    .map(CalendarEvent::of).toList();
            String name = switch (subject) {
                case ROOM -> rooms.byId((RoomId) id).map(Room::name).orElse(String.valueOf(id));
                case TEACHER -> people.byId((PersonId) id).map(Person::fullName).orElse(String.valueOf(id));
                case GROUP -> groups.byId((GroupId) id).map(Group::name).orElse(String.valueOf(id));
            };
            return new TimetableCalendar(name + " " + range.from() + " – " + range.to(), uc.now(), events);
        });
    }
}

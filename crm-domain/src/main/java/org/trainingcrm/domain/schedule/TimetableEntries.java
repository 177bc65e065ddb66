package org.trainingcrm.domain.schedule;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;

/** Turns lessons into timetable entries, looking each group, course, room and teacher up once. */
final class TimetableEntries {

    private final Groups groups;
    private final Courses courses;
    private final Rooms rooms;
    private final People people;

    TimetableEntries(Groups groups, Courses courses, Rooms rooms, People people) {
        this.groups = groups;
        this.courses = courses;
        this.rooms = rooms;
        this.people = people;
    }

    /** The lessons' entries sorted by start (the instant, so zones compare), then by lesson id. */
    List<TimetableEntry> of(List<Lesson> lessons) {
        Map<GroupId, String> groupNames = new HashMap<>();
        Map<CourseId, String> titles = new HashMap<>();
        Map<RoomId, String> roomNames = new HashMap<>();
        Map<PersonId, String> teachers = people.byIds(lessons.stream().map(Lesson::teacher).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, Person::fullName));
        Function<GroupId, String> groupName = id -> groups.byId(id).map(Group::name).orElse(null);
        Function<CourseId, String> title = id -> courses.byId(id).map(Course::title).orElse(null);
        Function<RoomId, String> roomName = id -> rooms.byId(id).map(Room::name).orElse(null);
        return lessons.stream()
                .sorted(Comparator.comparing(Lesson::start).thenComparing(l -> l.id().value()))
                .map(l -> new TimetableEntry(l.id(), l.group(), groupNames.computeIfAbsent(l.group(), groupName),
                        l.course(), titles.computeIfAbsent(l.course(), title), l.room(),
                        roomNames.computeIfAbsent(l.room(), roomName), l.teacher(), teachers.get(l.teacher()),
                        l.startsAt(), l.endsAt(), l.zone(), l.sequence(), l.hasAttendance()))
                .toList();
    }
}

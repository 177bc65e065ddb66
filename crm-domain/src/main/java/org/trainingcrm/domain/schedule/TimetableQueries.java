package org.trainingcrm.domain.schedule;

import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.PersonId;

/**
 * The lessons of a room, a teacher or a group over a range, read inside a use case that has
 * checked the permission: the timetable and the calendar export share them.
 */
final class TimetableQueries {

    private final Lessons lessons;
    private final Records<Room, RoomId> rooms;
    private final Records<Group, GroupId> groups;
    private final TimetableEntries entries;

    TimetableQueries(SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people) {
        this.lessons = schedule.lessons();
        this.rooms = ScheduleRecords.rooms(schedule);
        this.groups = ScheduleRecords.groups(schedule);
        this.entries = new TimetableEntries(schedule.groups(), catalog.courses(), schedule.rooms(), people.people());
    }

    /** Whose timetable a calendar shows. */
    enum Subject {
        ROOM,
        TEACHER,
        GROUP
    }

    /** The subject's lessons starting within the range, as entries by start. */
    List<TimetableEntry> entriesOf(UseCase uc, Subject subject, Object id, DateRange range) {
        List<Lesson> found = switch (subject) {
            case ROOM -> ofRoom(uc, (RoomId) id, range);
            case TEACHER -> ofTeacher(uc, (PersonId) id, range);
            case GROUP -> ofGroup(uc, (GroupId) id, range);
        };
        return entries.of(found);
    }

    /** The lessons' entries, by start. */
    List<TimetableEntry> entriesOf(List<Lesson> found) {
        return entries.of(found);
    }

    /** The room (NotFound, scope), then its lessons. */
    List<Lesson> ofRoom(UseCase uc, RoomId roomId, DateRange range) {
        uc.load(rooms, roomId);
        return lessons.ofRoom(roomId, range.start(), range.endExclusive());
    }

    /** A teacher is a person of any branch: only the lessons in the actor's scope are shown. */
    List<Lesson> ofTeacher(UseCase uc, PersonId teacher, DateRange range) {
        var scope = uc.scope();
        return lessons.ofTeacher(teacher, range.start(), range.endExclusive()).stream()
                .filter(l -> scope.includes(l.branch())).toList();
    }

    /** The group (NotFound, scope), then its lessons. */
    List<Lesson> ofGroup(UseCase uc, GroupId groupId, DateRange range) {
        uc.load(groups, groupId);
        return lessons.ofGroup(groupId, range.start(), range.endExclusive());
    }
}

package org.trainingcrm.domain.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;

/**
 * One lesson as a timetable shows it, with the names of its group, course, room and teacher.
 *
 * @param startsAt the local start in {@code zone}
 * @param endsAt the local end in {@code zone}
 * @param sequence how many times it was moved: the iCalendar SEQUENCE
 * @param attendanceMarked whether attendance has been taken
 */
public record TimetableEntry(LessonId lesson, GroupId group, String groupName, CourseId course, String courseTitle,
        RoomId room, String roomName, PersonId teacher, String teacherName, LocalDateTime startsAt,
        LocalDateTime endsAt, ZoneId zone, int sequence, boolean attendanceMarked) {
}

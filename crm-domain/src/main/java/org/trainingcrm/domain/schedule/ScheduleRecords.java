package org.trainingcrm.domain.schedule;

import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;

/**
 * How the use cases of the schedule, and of the features built on it (enrollment, attendance,
 * results), hand rooms, groups and lessons to the use-case template.
 */
public final class ScheduleRecords {

    private ScheduleRecords() {
    }

    public static Records<Room, RoomId> rooms(SchedulePorts ports) {
        return Records.of("room", ports.rooms()::byId, Room::branch)
                .versioned(Room::version).audited(ScheduleRecords::stateOf)
                .savedBy(ports.rooms()::add, ports.rooms()::update);
    }

    public static Records<Group, GroupId> groups(SchedulePorts ports) {
        return Records.of("group", ports.groups()::byId, Group::branch)
                .versioned(Group::version).audited(Group::auditState)
                .savedBy(ports.groups()::add, ports.groups()::update);
    }

    public static Records<Lesson, LessonId> lessons(SchedulePorts ports) {
        return Records.of("lesson", ports.lessons()::byId, Lesson::branch)
                .versioned(Lesson::version).audited(ScheduleRecords::stateOf)
                .savedBy(ports.lessons()::add, ports.lessons()::update);
    }

    static AuditState stateOf(Room room) {
        return new AuditState().with("branch", room.branch()).with("name", room.name()).with("seats", room.seats());
    }

    static AuditState stateOf(Lesson lesson) {
        return new AuditState().with("group", lesson.group()).with("room", lesson.room())
                .with("teacher", lesson.teacher()).with("startsAt", lesson.startsAt()).with("endsAt", lesson.endsAt())
                .with("zone", lesson.zone()).with("sequence", lesson.sequence());
    }
}

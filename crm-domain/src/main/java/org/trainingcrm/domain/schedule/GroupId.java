package org.trainingcrm.domain.schedule;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a group: one run of a course with its teacher, room and timetable. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId newId() {
        return new GroupId(Ids.timeOrdered());
    }

    public static GroupId of(String text) {
        return new GroupId(Ids.parse("groupId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.trainingcrm.domain.schedule;

import java.time.LocalDateTime;
import java.util.Locale;
import org.trainingcrm.domain.kernel.CrmException;

/**
 * A room or a teacher would be booked twice at overlapping times (K4); nothing was written.
 * Names the resource, the time asked for and the lesson already there.
 */
public final class BookingClash extends CrmException {

    /** What was double-booked. */
    public enum Resource {
        ROOM,
        TEACHER
    }

    private final Resource resource;
    private final String resourceId;
    private final LocalDateTime requestedStart;
    private final LocalDateTime requestedEnd;
    private final ClashingLesson clash;

    public BookingClash(Resource resource, Object resourceId, LessonTime requested, ClashingLesson clash) {
        super(resource.name().toLowerCase(Locale.ROOT) + " " + resourceId + " is already booked from "
                + clash.startsAt() + " to " + clash.endsAt() + " (" + clash.zone() + ") by lesson " + clash.lesson()
                + " of group " + clash.group() + "; asked for " + requested.start().toLocalDateTime() + " to "
                + requested.end().toLocalDateTime() + " (" + requested.start().getZone() + ")");
        this.resource = resource;
        this.resourceId = String.valueOf(resourceId);
        this.requestedStart = requested.start().toLocalDateTime();
        this.requestedEnd = requested.end().toLocalDateTime();
        this.clash = clash;
    }

    /** The rule's stable name: {@code timetable.room.doubleBooked} or {@code timetable.teacher.doubleBooked}. */
    public String rule() {
        return resource == Resource.ROOM ? "timetable.room.doubleBooked" : "timetable.teacher.doubleBooked";
    }

    public Resource resource() {
        return resource;
    }

    /** The room's or the teacher's id as text. */
    public String resourceId() {
        return resourceId;
    }

    public LocalDateTime requestedStart() {
        return requestedStart;
    }

    public LocalDateTime requestedEnd() {
        return requestedEnd;
    }

    /** The lesson already booked at that time. */
    public ClashingLesson clash() {
        return clash;
    }
}

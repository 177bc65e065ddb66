package org.trainingcrm.domain.schedule;

import java.util.List;

/**
 * What regenerating a group's lessons did. Lessons with attendance are kept as they are; the
 * others keep their ids where they can (same time, or moved with a higher SEQUENCE), so
 * calendars that imported them update rather than duplicate them.
 *
 * @param kept lessons with attendance, left exactly as they were
 * @param unchanged lessons already where the new rule puts them
 * @param moved lessons given a new time, room or teacher under the same id
 * @param added new lessons
 * @param removed lessons the new rule no longer has
 */
public record TimetableChange(List<LessonId> kept, List<LessonId> unchanged, List<LessonId> moved,
        List<LessonId> added, List<LessonId> removed) {

    public TimetableChange {
        kept = List.copyOf(kept);
        unchanged = List.copyOf(unchanged);
        moved = List.copyOf(moved);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}

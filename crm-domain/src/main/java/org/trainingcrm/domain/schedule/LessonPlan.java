package org.trainingcrm.domain.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * How a group's stored lessons become the lessons its rule asks for (K4): lessons with
 * attendance stay as they are; a slot they occupy is not generated again; the other lessons are
 * reused (same start first, then in order, moved) so their ids and iCalendar UIDs survive; what
 * is left over is removed or added.
 */
final class LessonPlan {

    private static final Comparator<Lesson> BY_START = Comparator.comparing(Lesson::start)
            .thenComparing(l -> l.id().value());

    final List<Lesson> kept = new ArrayList<>();
    final List<Lesson> unchanged = new ArrayList<>();
    final List<Lesson> moved = new ArrayList<>();
    final List<Lesson> added = new ArrayList<>();
    final List<Lesson> removed = new ArrayList<>();

    private LessonPlan() {
    }

    /**
     * The lesson times the settings give, in order.
     *
     * @throws InvalidValue {@code group.schedule} when they give no lesson or two lessons overlap
     */
    static List<LessonTime> timesOf(GroupSettings settings, HolidayCalendar holidays) {
        List<LocalDateTime> starts = settings.schedule().starts(settings.startDate(), holidays);
        if (starts.isEmpty()) {
            throw new InvalidValue("group.schedule", settings.schedule(), "gives no lessons from "
                    + settings.startDate());
        }
        List<LessonTime> times = starts.stream()
                .map(start -> LessonTime.of(start, settings.schedule().lessonLength(), settings.zone()))
                .sorted(Comparator.comparing(LessonTime::startInstant))
                .toList();
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i - 1).overlaps(times.get(i))) {
                throw new InvalidValue("group.schedule", settings.schedule(), "gives overlapping lessons at "
                        + times.get(i - 1).start().toLocalDateTime() + " and " + times.get(i).start().toLocalDateTime());
            }
        }
        return times;
    }

    /** The plan that turns the group's stored lessons into lessons at the wanted times. */
    static LessonPlan of(Group group, List<Lesson> existing, List<LessonTime> wanted) {
        LessonPlan plan = new LessonPlan();
        existing.stream().filter(Lesson::hasAttendance).sorted(BY_START).forEach(plan.kept::add);
        Set<Lesson> free = new LinkedHashSet<>(existing.stream().filter(l -> !l.hasAttendance()).sorted(BY_START)
                .toList());
        List<LessonTime> slots = wanted.stream()
                .filter(time -> plan.kept.stream().noneMatch(k -> k.overlaps(time)))
                .sorted(Comparator.comparing(LessonTime::startInstant))
                .toList();
        List<LessonTime> unmatched = new ArrayList<>();
        for (LessonTime slot : slots) {
            Lesson same = free.stream().filter(l -> l.start().equals(slot.startInstant())).findFirst().orElse(null);
            if (same == null) {
                unmatched.add(slot);
            } else {
                free.remove(same);
                plan.place(same, slot, group);
            }
        }
        List<Lesson> rest = new ArrayList<>(free);
        for (int i = 0; i < unmatched.size(); i++) {
            if (i < rest.size()) {
                plan.place(rest.get(i), unmatched.get(i), group);
            } else {
                plan.added.add(new Lesson(LessonId.newId(), group, unmatched.get(i)));
            }
        }
        plan.removed.addAll(rest.subList(Math.min(rest.size(), unmatched.size()), rest.size()));
        return plan;
    }

    /** The lessons whose time, room or teacher is new and must be checked for double booking. */
    List<Lesson> toBook() {
        List<Lesson> booking = new ArrayList<>(moved);
        booking.addAll(added);
        return booking;
    }

    TimetableChange outcome() {
        return new TimetableChange(ids(kept), ids(unchanged), ids(moved), ids(added), ids(removed));
    }

    private void place(Lesson lesson, LessonTime slot, Group group) {
        if (lesson.reschedule(slot, group.room(), group.teacher())) {
            moved.add(lesson);
        } else {
            unchanged.add(lesson);
        }
    }

    private static List<LessonId> ids(List<Lesson> lessons) {
        return lessons.stream().map(Lesson::id).toList();
    }
}

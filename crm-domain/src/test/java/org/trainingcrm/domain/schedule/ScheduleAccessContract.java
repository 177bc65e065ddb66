package org.trainingcrm.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;

/**
 * Rooms, groups, the timetable and its calendars check the permission before they look anything
 * up: a caller without it is refused alike for an id that exists and for one that does not.
 */
public class ScheduleAccessContract extends CrmContract {

    private static final DateRange OCTOBER = DateRange.of(Classes.START.withDayOfMonth(1),
            Classes.START.withDayOfMonth(31));

    private Actor noRoles;
    private CourseId course;
    private GroupId group;
    private LessonId lesson;
    private RoomId room;
    private PersonId teacher;

    @BeforeEach
    final void records() {
        noRoles = new Actor(UserId.newId(), Set.of(), centre.kyiv, Locale.ROOT);
        Classes classes = new Classes(crm, store, centre);
        course = classes.course("Доступ");
        group = classes.group(course, 10);
        lesson = classes.lessons(group).get(0);
        room = new Programmes(crm, store, centre).kyivRoom("Доступ", 20);
        teacher = crm.timetable().lesson(centre.administrator, lesson).teacher();
    }

    @Test
    public void refuses_rooms_without_the_permission_whether_they_exist_or_not() {
        for (RoomId id : List.of(room, RoomId.newId())) {
            edits(manager -> crm.rooms().revise(manager, id, 1, "Інша " + centre.tag, 5));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.timetable().ofRoom(noRoles, id, OCTOBER));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.calendars().ofRoom(noRoles, id, OCTOBER));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.calendars().exportRoom(noRoles, id, OCTOBER));
        }
        for (BranchId branch : List.of(centre.kyiv, BranchId.newId())) {
            edits(manager -> crm.rooms().add(manager, branch, "Нова " + centre.tag, 10));
        }
        denied(SchedulePermission.TIMETABLE_READ, () -> crm.rooms().list(noRoles));
    }

    @Test
    public void refuses_groups_without_the_permission_whether_they_exist_or_not() {
        for (GroupId id : List.of(group, GroupId.newId())) {
            edits(manager -> crm.groups().revise(manager, id, 1, GroupForm.named("Інша"), HolidayCalendar.none()));
            edits(manager -> crm.groups().confirm(manager, id));
            edits(manager -> crm.groups().cancel(manager, id));
            edits(manager -> crm.groups().finish(manager, id));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.groups().card(noRoles, id));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.groups().flags(noRoles, id, 3));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.timetable().lessonsOf(noRoles, id));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.timetable().ofGroup(noRoles, id, OCTOBER));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.calendars().ofGroup(noRoles, id, OCTOBER));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.calendars().exportGroup(noRoles, id, OCTOBER));
        }
        assertThat(crm.groups().card(centre.administrator, group).status()).isEqualTo(GroupStatus.TENTATIVE);
    }

    @Test
    public void refuses_the_groups_of_a_course_without_the_permission_whether_it_exists_or_not() {
        for (CourseId id : List.of(course, CourseId.newId())) {
            edits(manager -> crm.groups().create(manager, id, GroupForm.named("Нова"), HolidayCalendar.none()));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.groups().ofCourse(noRoles, id));
        }
        assertThat(crm.groups().ofCourse(centre.administrator, course)).hasSize(1);
    }

    @Test
    public void refuses_lessons_without_the_permission_whether_they_exist_or_not() {
        TimetableEntry before = crm.timetable().lesson(centre.administrator, lesson);
        LocalDateTime later = Classes.START.plusDays(1).atTime(10, 0);
        for (LessonId id : List.of(lesson, LessonId.newId())) {
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.timetable().lesson(noRoles, id));
            edits(manager -> crm.timetable().moveLesson(manager, id, later, null));
        }
        assertThat(crm.timetable().lesson(centre.administrator, lesson)).isEqualTo(before);
    }

    @Test
    public void refuses_a_teachers_timetable_without_the_permission_whether_they_exist_or_not() {
        for (PersonId id : List.of(teacher, PersonId.newId())) {
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.timetable().ofTeacher(noRoles, id, OCTOBER));
            denied(SchedulePermission.TIMETABLE_READ, () -> crm.calendars().exportTeacher(noRoles, id, OCTOBER));
        }
    }

    /** A manager reads the timetable but may not edit it; one without any role may not even read. */
    private void edits(Consumer<Actor> edit) {
        denied(SchedulePermission.TIMETABLE_EDIT, () -> edit.accept(centre.kyivManager));
        denied(SchedulePermission.TIMETABLE_EDIT, () -> edit.accept(noRoles));
    }

    private static void denied(Permission permission, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.permission()).isEqualTo(permission));
    }
}

package org.trainingcrm.samples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.catalog.CourseForm;
import org.trainingcrm.domain.catalog.CourseFormat;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.catalog.DirectionId;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupForm;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.HolidayCalendar;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.domain.schedule.WeeklySlot;

/**
 * Grows the demo centre's teaching on its first run, through the services: each office's
 * directions, courses, rooms and teachers, then its groups over the past year and the next
 * month, each with its lessons, students, attendance and results (see {@link DemoClasses}).
 */
final class DemoProgrammes {

    private static final List<List<DayOfWeek>> DAY_PAIRS = List.of(
            List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY));
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(9, 30), LocalTime.of(12, 0),
            LocalTime.of(15, 0), LocalTime.of(18, 30));
    private static final int[] ROOM_SEATS = {12, 14, 16};

    /** A group to run: its course's place in the plan and its place in the office's week. */
    private record PlannedGroup(DemoOffice office, int course, CourseId courseId, LocalDate start, GroupId id) {
    }

    private DemoProgrammes() {
    }

    /** The figures of what was grown. */
    record Grown(int courses, int groups, int lessons, DemoClasses.Figures classes) {
    }

    static Grown grow(Crm crm, DemoCentre centre, Clock clock, long seed, PrintStream out) {
        long started = System.nanoTime();
        out.println("Growing the catalogue, the timetable and a year of classes");
        Actor admin = centre.administrator();
        DemoClasses classes = new DemoClasses(crm, centre, clock, new Random(seed + 1));
        List<PlannedGroup> groups = new ArrayList<>();
        int courses = 0;
        int lessons = 0;
        for (DemoOffice office : centre.offices()) {
            DemoProgrammePlan.Programme plan = DemoProgrammePlan.PROGRAMMES.get(office.plan());
            ZoneId zone = ZoneId.of(plan.zone());
            LocalDate today = LocalDate.now(clock.withZone(zone));
            HolidayCalendar holidays = plan.holidayCalendar(today);
            List<DirectionId> directions = plan.directions().stream()
                    .map(name -> crm.directions().define(admin, name)).toList();
            List<RoomId> rooms = new ArrayList<>();
            for (int i = 0; i < plan.rooms().size(); i++) {
                rooms.add(crm.rooms().add(admin, office.branch(), plan.rooms().get(i), ROOM_SEATS[i % 3]));
            }
            List<PersonId> teachers = teachers(crm, admin, office, plan);
            List<CourseId> courseIds = new ArrayList<>();
            int slot = 0;
            for (int c = 0; c < plan.courses().size(); c++) {
                DemoProgrammePlan.CourseSpec spec = plan.courses().get(c);
                CourseId course = crm.catalog().create(admin, office.branch(), courseForm(spec, plan, directions,
                        courseIds, today));
                courseIds.add(course);
                courses++;
                crm.catalog().openForEnrollment(admin, course);
                if (spec.startWeeks().get(0) < 0) {
                    crm.catalog().start(admin, course);
                }
                for (int weeks : spec.startWeeks()) {
                    LocalDate start = today.plusWeeks(weeks);
                    int g = slot++;
                    int room = g % rooms.size();
                    GroupForm form = GroupForm.named(String.format("%s-%02d", code(spec.title()), g + 1))
                            .teacher(teachers.get(g % teachers.size())).room(rooms.get(room))
                            .seats(10 + room).startingOn(start).zone(plan.zone())
                            .runningCost(runningCost(spec.price()), plan.currency())
                            .schedule(ScheduleRule.weeklyCount(DemoProgrammePlan.LESSONS, Duration.ofMinutes(90),
                                    WeeklySlot.at(DAY_PAIRS.get(g % 3).get(0), TIMES.get(g / 3 % 4)),
                                    WeeklySlot.at(DAY_PAIRS.get(g % 3).get(1), TIMES.get(g / 3 % 4))));
                    GroupId group = crm.groups().create(admin, course, form, holidays);
                    lessons += crm.groups().card(admin, group).lessons();
                    groups.add(new PlannedGroup(office, c, course, start, group));
                }
            }
            classes.addLearners(office, plan);
        }
        out.printf("  %d courses, %d groups with %,d lessons (%.1f s)%n", courses, groups.size(), lessons,
                (System.nanoTime() - started) / 1e9);
        // in the order they start, so that level 1's graduates are there for level 2
        groups.sort(Comparator.comparing(PlannedGroup::start));
        for (PlannedGroup group : groups) {
            DemoProgrammePlan.Programme plan = DemoProgrammePlan.PROGRAMMES.get(group.office().plan());
            DemoProgrammePlan.CourseSpec spec = plan.courses().get(group.course());
            CourseId level1 = spec.level1() < 0 ? null : groups.stream()
                    .filter(g -> g.office() == group.office() && g.course() == spec.level1())
                    .map(PlannedGroup::courseId).findFirst().orElseThrow();
            classes.run(group.office(), plan, group.id(), group.courseId(), level1);
        }
        DemoClasses.Figures figures = classes.figures();
        out.printf("  %,d enrollments (%,d on waiting lists), %,d attendance marks, %,d certificates (%.1f s)%n",
                figures.enrollments(), figures.waiting(), figures.marks(), figures.certificates(),
                (System.nanoTime() - started) / 1e9);
        return new Grown(courses, groups.size(), lessons, figures);
    }

    /** The office's teachers: people of the client base, contacts of its "teaching staff" client. */
    private static List<PersonId> teachers(Crm crm, Actor admin, DemoOffice office,
            DemoProgrammePlan.Programme plan) {
        ClientId staff = crm.clients().register(admin, office.branch(), ClientForm.organisation(plan.teachingStaff()));
        List<PersonId> teachers = new ArrayList<>();
        for (String name : plan.teachers()) {
            long version = crm.clients().card(admin, staff).version();
            teachers.add(crm.clients().addContact(admin, staff, version, PersonForm.named(name),
                    new ContactForm(plan.teacherPosition(), null, null, null)));
        }
        return teachers;
    }

    private static CourseForm courseForm(DemoProgrammePlan.CourseSpec spec, DemoProgrammePlan.Programme plan,
            List<DirectionId> directions, List<CourseId> earlier, LocalDate today) {
        int first = spec.startWeeks().get(0);
        int last = spec.startWeeks().get(spec.startWeeks().size() - 1);
        CourseForm form = CourseForm.course(spec.title()).format(CourseFormat.CLASSROOM)
                .direction(directions.get(spec.direction()))
                .period(today.plusWeeks(first), today.plusWeeks(last + 5))
                .price(spec.price(), plan.currency())
                .participants(DemoProgrammePlan.MINIMUM, 12);
        return spec.level1() < 0 ? form : form.prerequisite(earlier.get(spec.level1()));
    }

    /** What a group costs to run: four times its course's price. */
    private static String runningCost(String price) {
        return new java.math.BigDecimal(price).multiply(java.math.BigDecimal.valueOf(4)).toPlainString();
    }

    /** A short group code from the title's initials, such as «1БУ» or «EPE». */
    private static String code(String title) {
        StringBuilder code = new StringBuilder();
        for (String word : title.split("[\\s,:]+")) {
            if (!word.isEmpty() && code.length() < 3) {
                code.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return code.toString();
    }
}

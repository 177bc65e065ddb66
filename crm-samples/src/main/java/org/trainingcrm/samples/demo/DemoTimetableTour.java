package org.trainingcrm.samples.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.catalog.CatalogQuery;
import org.trainingcrm.domain.catalog.CourseListing;
import org.trainingcrm.domain.enrollment.EnrollmentCard;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.GroupCard;
import org.trainingcrm.domain.schedule.RoomEntry;
import org.trainingcrm.domain.schedule.TimetableEntry;

/**
 * The tour's look at the teaching, read through the services: the head office's busiest room
 * this week (K4) and the roster of a group under way (E1).
 */
final class DemoTimetableTour {

    private static final int SHOWN = 4;
    private static final DateTimeFormatter LESSON = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.forLanguageTag("ru"));

    private final Crm crm;
    private final DemoCentre centre;
    private final PrintStream out;

    DemoTimetableTour(Crm crm, DemoCentre centre, PrintStream out) {
        this.crm = crm;
        this.centre = centre;
        this.out = out;
    }

    void take() {
        Actor admin = centre.administrator();
        DemoOffice office = centre.office(DemoCentrePlan.MOSCOW);
        LocalDate today = LocalDate.now(ZoneId.of(DemoProgrammePlan.PROGRAMMES.get(office.plan()).zone()));
        DateRange week = DateRange.weekOf(today, Locale.forLanguageTag("ru-RU"));
        List<RoomEntry> rooms = crm.rooms().list(admin).stream().filter(r -> r.branch().equals(office.branch()))
                .toList();
        Optional<List<TimetableEntry>> busiest = rooms.stream().map(r -> crm.timetable().ofRoom(admin, r.id(), week))
                .filter(l -> !l.isEmpty()).max(Comparator.comparingInt(List::size));
        out.printf("%nTimetable of the week %s to %s, head office%n", week.from(), week.to());
        if (busiest.isEmpty()) {
            out.println("  (no lessons this week)");
        } else {
            out.printf("  room «%s»: %d lessons%n", busiest.get().get(0).roomName(), busiest.get().size());
            busiest.get().stream().limit(SHOWN).forEach(l -> out.printf("      %s  %s (%s), %s%n",
                    LESSON.format(l.startsAt()), l.courseTitle(), l.groupName(), l.teacherName()));
        }
        Optional<GroupCard> running = crm.catalogSearch().find(admin, CatalogQuery.all().page(0, 100)).items()
                .stream().filter(c -> c.branch().equals(office.branch())).map(CourseListing::id)
                .flatMap(c -> crm.groups().ofCourse(admin, c).stream())
                .filter(g -> !g.settings().startDate().isAfter(today) && g.status().isActive())
                .max(Comparator.comparing(g -> g.settings().startDate()));
        if (running.isEmpty()) {
            out.println("Roster of a group under way: (none under way)");
            return;
        }
        GroupCard group = running.get();
        List<EnrollmentCard> roster = crm.rosters().roster(admin, group.id());
        out.printf("Roster of group %s, «%s» (from %s, %s): %d seated, %d waiting%n", group.settings().name(),
                group.courseTitle(), group.settings().startDate(), group.teacherName(), roster.size(),
                crm.rosters().waitingList(admin, group.id()).size());
        roster.stream().limit(SHOWN).forEach(e -> out.printf("      %d. %s%n", e.ticket(), e.studentName()));
    }
}

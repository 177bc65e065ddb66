package org.trainingcrm.samples.demo;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.AssignmentRecord;
import org.trainingcrm.domain.assignment.ReassignmentId;
import org.trainingcrm.domain.assignment.RestoreOutcome;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.kernel.Page;

/**
 * A short tour of the client base through the CRM's services: searches as a manager types them
 * (C5), then a manager's clients handed to a colleague and given back (C6), then a room's week
 * and a group's roster (K4, E1). Every run can take it again: the hand-over is undone at its end.
 */
final class DemoTour {

    private static final String SEARCHER = "m.ivanova";
    private static final String ABSENT = "e.sokolova";
    private static final String STAND_IN = "d.petrov";
    private static final int SHOWN = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final Crm crm;
    private final DemoCentre centre;
    private final PrintStream out;

    DemoTour(Crm crm, DemoCentre centre, PrintStream out) {
        this.crm = crm;
        this.centre = centre;
        this.out = out;
    }

    void take() {
        searches();
        handOverAndBack();
        new DemoTimetableTour(crm, centre, out).take();
    }

    private void searches() {
        Actor manager = centre.signIn(crm, centre.user(SEARCHER).id());
        out.printf("%nSearches by %s (head office: every branch), sorted in her locale%n",
                centre.user(SEARCHER).displayName());
        Page<ClientListing> cyrillic = search(manager, "name starts with «ао орен» (any case)",
                ClientQuery.all().nameStartsWith("ао орен"));
        search(manager, "name contains «教育» (education)", ClientQuery.all().nameContains("教育"));
        Page<ClientListing> accountants = search(manager, "a contact's position starts with «главный бух»",
                ClientQuery.all().withContactPosition("главный бух"));
        Optional<ClientListing> sample = Stream.concat(cyrillic.items().stream(), accountants.items().stream())
                .filter(c -> c.phone() != null && c.phone().startsWith("+7") && c.taxId() != null).findFirst();
        if (sample.isEmpty()) {
            out.println("  (no Moscow client with a phone and a tax id among them to search by)");
            return;
        }
        String phone = russianLocalFormat(sample.get().phone());
        search(manager, "phone typed as «" + phone + "»", ClientQuery.all().withPhone(phone));
        String taxId = inGroups(sample.get().taxId());
        search(manager, "tax id typed as «" + taxId + "»", ClientQuery.all().withTaxId(taxId));
    }

    private Page<ClientListing> search(Actor actor, String what, ClientQuery query) {
        long started = System.nanoTime();
        Page<ClientListing> page = crm.search().find(actor, query.page(0, 20));
        out.printf("  %s: %,d found (%d ms)%n", what, page.total(), (System.nanoTime() - started) / 1_000_000);
        page.items().stream().limit(SHOWN).forEach(c -> out.printf("      %s  %s  %s%n", c.shortName(),
                Optional.ofNullable(c.phone()).orElse("-"), Optional.ofNullable(c.taxId()).orElse("-")));
        return page;
    }

    private void handOverAndBack() {
        Actor administrator = centre.administrator();
        UserId absent = centre.user(ABSENT).id();
        UserId standIn = centre.user(STAND_IN).id();
        out.printf("%nRedistribution by %s: %s is on leave, %s takes over her clients on «%s»%n",
                centre.nameOf(administrator.user()), centre.nameOf(absent), centre.nameOf(standIn),
                DemoClients.COURSES);
        List<ClientId> clients = crm.managers().clientsOf(administrator, absent, DemoClients.COURSES);
        if (clients.isEmpty()) {
            out.println("  (no clients to hand over)");
            return;
        }
        long started = System.nanoTime();
        ReassignmentId handOver = crm.managers().reassign(administrator, clients, DemoClients.COURSES, standIn,
                "отпуск");
        out.printf("  handed over %,d clients (%.1f s)%n", clients.size(), seconds(started));
        // the longest-served client (ids are time-ordered), so that each run shows the same history growing
        ClientId example = clients.stream().min(Comparator.comparing(ClientId::value)).orElseThrow();
        out.printf("  assignment history of «%s»:%n", crm.clients().card(administrator, example).profile()
                .shortName());
        for (AssignmentRecord record : crm.managers().history(administrator, example)) {
            out.printf("      %-9s %-20s from %s %s%s%n", record.serviceLine(), centre.nameOf(record.manager()),
                    TIME.format(record.startedAt()),
                    record.endedAt() == null ? "(current)" : "to " + TIME.format(record.endedAt()),
                    record.reassignment() == null ? "" : "  by redistribution");
        }
        started = System.nanoTime();
        RestoreOutcome restored = crm.managers().restore(administrator, handOver);
        out.printf("  restored: %,d clients back with %s, %,d left alone (%.1f s)%n", restored.restored().size(),
                centre.nameOf(absent), restored.leftAlone().size(), seconds(started));
    }

    /** How a Muscovite types a number: {@code +74951234567} becomes {@code 8 (495) 123-45-67}. */
    private static String russianLocalFormat(String e164) {
        String n = e164.substring(2);
        return "8 (" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6, 8) + "-"
                + n.substring(8);
    }

    /** A tax number as people copy it from a letterhead, in groups of four. */
    private static String inGroups(String taxId) {
        return taxId.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

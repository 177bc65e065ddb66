package org.trainingcrm.samples.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.bulk.BulkLoadReport;
import org.trainingcrm.domain.bulk.NewClient;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Loads the drawn client base through the CRM's bulk load (D4's fast path), office by office,
 * in batches of {@value #BATCH_SIZE}, reporting progress as it goes.
 */
final class DemoLoad {

    static final int BATCH_SIZE = 500;
    private static final int REPORT_EVERY = 4;

    private DemoLoad() {
    }

    static BulkLoadReport load(Crm crm, Transactions transactions, DemoCentre centre, List<IndustryId> industries,
            DemoSettings settings, PrintStream out) {
        Random random = new Random(settings.seed());
        DemoPeople people = new DemoPeople(settings.seed(), random);
        List<Integer> counts = split(settings.clients(), centre.offices());
        out.printf("Loading %,d clients in batches of %d%n", settings.clients(), BATCH_SIZE);
        long started = System.nanoTime();
        BulkLoadReport total = new BulkLoadReport(0, 0, 0, 0);
        for (int i = 0; i < centre.offices().size(); i++) {
            DemoOffice office = centre.offices().get(i);
            BulkLoadReport loaded = loadOffice(crm, transactions, centre, office, counts.get(i),
                    new DemoClients(office, industries, people, random), out);
            total = sum(total, loaded);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Loaded %,d clients, %,d contacts and %,d manager assignments in %d batches, %.1f s"
                + " (%,.0f clients/s)%n", total.clients(), total.people(), total.assignments(), total.batches(),
                seconds, total.clients() / Math.max(seconds, 0.001));
        return total;
    }

    private static BulkLoadReport loadOffice(Crm crm, Transactions transactions, DemoCentre centre,
            DemoOffice office, int count, DemoClients clients, PrintStream out) {
        BulkLoadReport loaded = new BulkLoadReport(0, 0, 0, 0);
        long started = System.nanoTime();
        while (loaded.clients() < count) {
            List<NewClient> batch = new ArrayList<>(BATCH_SIZE);
            for (int i = loaded.clients(); i < count && batch.size() < BATCH_SIZE; i++) {
                batch.add(clients.next());
            }
            // BulkLoadService looks industries up outside its own transactions, which the JPA store
            // refuses; an enclosing transaction, which its own join, lets it run. Each call loads
            // one batch, so the batch still commits on its own.
            BulkLoadReport written = transactions.inTransaction(
                    () -> crm.bulkLoad().load(centre.administrator(), office.branch(), batch, BATCH_SIZE));
            loaded = sum(loaded, written);
            if (loaded.batches() % REPORT_EVERY == 0 || loaded.clients() == count) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  %-24s %,7d / %,d clients, %,d contacts (%,.0f clients/s)%n", office.plan().name(),
                        loaded.clients(), count, loaded.people(), loaded.clients() / Math.max(seconds, 0.001));
            }
        }
        return loaded;
    }

    /** Each office's part of the client base by its share; the last takes what rounding leaves. */
    private static List<Integer> split(int clients, List<DemoOffice> offices) {
        List<Integer> counts = new ArrayList<>();
        int left = clients;
        for (int i = 0; i < offices.size(); i++) {
            int count = i == offices.size() - 1 ? left : clients * offices.get(i).plan().share() / 100;
            counts.add(count);
            left -= count;
        }
        return counts;
    }

    private static BulkLoadReport sum(BulkLoadReport a, BulkLoadReport b) {
        return new BulkLoadReport(a.clients() + b.clients(), a.people() + b.people(),
                a.assignments() + b.assignments(), a.batches() + b.batches());
    }
}

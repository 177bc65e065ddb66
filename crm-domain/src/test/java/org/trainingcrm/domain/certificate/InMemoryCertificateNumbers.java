package org.trainingcrm.domain.certificate;

import java.util.Optional;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** One counter per course and year; rolled back with the transaction like a counter row. */
public final class InMemoryCertificateNumbers extends InMemoryStore<String, InMemoryCertificateNumbers.Counter>
        implements CertificateNumbers {
    public InMemoryCertificateNumbers(InMemoryTransactions transactions) {
        super("certificateCounter", Counter::key, transactions);
    }

    @Override
    public int next(CourseId course, int year) {
        String key = course + "/" + year;
        Optional<Counter> counter = byId(key);
        if (counter.isEmpty()) {
            add(new Counter(key, 1));
            return 1;
        }
        Counter next = counter.get().next();
        update(next);
        return next.last();
    }

    /** The last number handed out for a course and year. */
    static final class Counter {
        private String key;
        private int last;
        private long version;

        private Counter() {
        }

        Counter(String key, int last) {
            this.key = key;
            this.last = last;
        }

        String key() {
            return key;
        }

        int last() {
            return last;
        }

        Counter next() {
            last++;
            return this;
        }
    }
}

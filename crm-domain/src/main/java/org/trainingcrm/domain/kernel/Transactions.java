package org.trainingcrm.domain.kernel;

import java.util.function.Supplier;

/** Port: runs a unit of work atomically; all of it is written, or none. */
public interface Transactions {

    /**
     * Runs the work in a transaction and returns its result. A call made while a transaction
     * is already open on this thread joins it. Any exception rolls everything back.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs work that returns nothing in a transaction. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

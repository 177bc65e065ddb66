package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Transactions on one entity manager per unit of work, bound to the calling thread so the
 * repositories of that work share it. A unit of work that fails, however it fails, is discarded
 * before the error leaves: the thread's next unit of work starts on a fresh entity manager and
 * connection, never joins a dead one. Failures reach the caller as the CRM's typed errors: a
 * stale write as {@link ConcurrentChange}, the store's own as {@link StoreErrors} says.
 */
public final class JpaTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JpaTransactions.class);

    private final EntityManagerFactory factory;
    private final StoreErrors errors;
    private final StaleWrites stale;
    private final WrittenRecords written = new WrittenRecords();
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory) {
        this(factory, List.of());
    }

    /** Transactions whose lost duplicate races surface as the rules the unique constraints protect. */
    public JpaTransactions(EntityManagerFactory factory, List<UniqueRule> uniqueRules) {
        this.factory = factory;
        this.errors = new StoreErrors(uniqueRules);
        this.stale = new StaleWrites(factory);
        written.listenTo(factory);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em;
        try {
            em = factory.createEntityManager();
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
        current.set(em);
        written.begin();
        RuntimeException failure;
        List<WrittenRecords.Written> writes;
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            writes = written.end();
            discard(em);
        }
        // translated once the unit of work is gone: reading the stored version must not wait on its locks
        RuntimeException conflict = stale.of(failure, writes).map(RuntimeException.class::cast).orElse(null);
        throw conflict != null ? conflict : errors.translate(failure);
    }

    /** The entity manager of the unit of work running on this thread. */
    public EntityManager entityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("CRM repositories are used only inside Transactions.inTransaction");
        }
        return em;
    }

    /** Unbinds first, so nothing below can leave the thread holding the unit of work. */
    private void discard(EntityManager em) {
        current.remove();
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } catch (RuntimeException brokenConnection) {
            // the database rolls back a transaction whose connection is gone; the error the work met is reported
            LOG.debug("rollback of a failed unit of work failed too", brokenConnection);
        } finally {
            try {
                em.close();
            } catch (RuntimeException closing) {
                LOG.debug("closing a failed unit of work failed", closing);
            }
        }
    }
}

package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.function.Supplier;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Transactions on one entity manager per unit of work, bound to the calling thread so the
 * repositories of that work share it. A stale write surfaces as {@link ConcurrentChange}.
 */
public final class JpaTransactions implements Transactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RollbackException | OptimisticLockException e) {
            throw translated(e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            em.close();
        }
    }

    /** The entity manager of the unit of work running on this thread. */
    public EntityManager entityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("CRM repositories are used only inside Transactions.inTransaction");
        }
        return em;
    }

    private static RuntimeException translated(RuntimeException failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof OptimisticLockException)) {
            cause = cause.getCause();
        }
        if (cause instanceof OptimisticLockException stale) {
            Object entity = stale.getEntity();
            String type = entity == null ? "record" : entity.getClass().getSimpleName().toLowerCase();
            return new ConcurrentChange(type, entity == null ? "?" : idOf(entity), stale);
        }
        return failure;
    }

    private static Object idOf(Object entity) {
        try {
            return entity.getClass().getMethod("id").invoke(entity);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }
}

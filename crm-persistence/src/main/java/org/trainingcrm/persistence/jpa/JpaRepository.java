package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** What every JPA repository does alike: find by id, add, list, on the current unit of work. */
public abstract class JpaRepository<T, K> {

    private final JpaTransactions transactions;
    private final Class<T> type;

    protected JpaRepository(JpaTransactions transactions, Class<T> type) {
        this.transactions = transactions;
        this.type = type;
    }

    protected final EntityManager em() {
        return transactions.entityManager();
    }

    public Optional<T> byId(K id) {
        return Optional.ofNullable(em().find(type, id));
    }

    public void add(T entity) {
        em().persist(entity);
    }

    /** Loaded entities are managed: their changes are written at commit without a call. */
    public void update(T entity) {
        if (!em().contains(entity)) {
            throw new IllegalStateException(type.getSimpleName() + " was not loaded in this unit of work");
        }
    }

    public List<T> all() {
        return em().createQuery("select e from " + type.getSimpleName() + " e", type).getResultList();
    }
}

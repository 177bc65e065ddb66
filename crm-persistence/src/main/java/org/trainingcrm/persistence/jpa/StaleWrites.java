package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.persistence.jpa.WrittenRecords.Written;

/**
 * A write the database's optimistic lock refused, as {@link ConcurrentChange}: the record's
 * type by its domain name ({@code client}, {@code group}), its id, and the version it was read
 * at against the version stored now, read afresh once the failed unit of work is gone.
 */
final class StaleWrites {

    private final EntityManagerFactory factory;
    private final Map<Class<?>, Optional<Field>> versionFields = new ConcurrentHashMap<>();

    StaleWrites(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The conflict the failure reports, if it is a stale write of one of the records written. */
    Optional<ConcurrentChange> of(Throwable failure, List<Written> written) {
        boolean stale = false;
        Object record = null;
        for (Throwable t = failure; t != null && record == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException eclipseLink) {
                stale = true;
                // a refused batch of updates carries no query, and getObject() then fails
                record = eclipseLink.getQuery() == null ? null : eclipseLink.getObject();
            } else if (t instanceof jakarta.persistence.OptimisticLockException jakarta) {
                stale = true;
                record = jakarta.getEntity();
            }
        }
        if (!stale) {
            return Optional.empty();
        }
        Object known = record;
        Optional<Written> write = known != null
                ? written.stream().filter(w -> w.record() == known).findFirst()
                : written.stream().filter(this::moved).findFirst();
        Object conflicting = known != null ? known : write.map(Written::record).orElse(null);
        return Optional.of(conflict(conflicting, write.flatMap(w -> version(w.asRead()))));
    }

    private ConcurrentChange conflict(Object record, Optional<Long> before) {
        Object id = record == null ? null : identifier(record);
        if (id == null) {
            return new ConcurrentChange("record", "?", "a record this work changed was changed by someone else"
                    + " since it was read; nothing was written");
        }
        String name = nameOf(record.getClass());
        Optional<Long> now = storedVersion(record.getClass(), id);
        String detail = before.map(v -> "this change was based on version " + v)
                .orElse("this change was based on an older version")
                + now.map(v -> ", the stored " + name + " is at version " + v + " now")
                        .orElse(", the stored " + name + " was deleted meanwhile")
                + "; nothing was written";
        return new ConcurrentChange(name, id, detail);
    }

    /** Whether the stored version is another than the one the record was read at. */
    private boolean moved(Written write) {
        Object id = identifier(write.record());
        Optional<Long> read = version(write.asRead());
        return id != null && read.isPresent() && !storedVersion(write.record().getClass(), id).equals(read);
    }

    private Object identifier(Object record) {
        try {
            return factory.getPersistenceUnitUtil().getIdentifier(record);
        } catch (RuntimeException notAnEntity) {
            return null;
        }
    }

    /** The stored version of the record, read in a unit of work of its own; empty when it is gone. */
    private Optional<Long> storedVersion(Class<?> type, Object id) {
        EntityManager em = factory.createEntityManager();
        try {
            return version(em.find(type, id));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        } finally {
            em.close();
        }
    }

    /** The record's optimistic version, by the attribute its mapping names; empty for none. */
    private Optional<Long> version(Object record) {
        if (record == null) {
            return Optional.empty();
        }
        return versionFields.computeIfAbsent(record.getClass(), this::versionField).map(field -> {
            try {
                return field.get(record);
            } catch (IllegalAccessException e) {
                return null;
            }
        }).filter(Objects::nonNull).map(value -> ((Number) value).longValue());
    }

    private Optional<Field> versionField(Class<?> type) {
        try {
            for (SingularAttribute<?, ?> attribute : factory.getMetamodel().entity(type).getSingularAttributes()) {
                if (attribute.isVersion() && attribute.getJavaMember() instanceof Field field) {
                    field.setAccessible(true);
                    return Optional.of(field);
                }
            }
        } catch (RuntimeException notAnEntity) {
            // an unmapped class has no version
        }
        return Optional.empty();
    }

    static String nameOf(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }
}

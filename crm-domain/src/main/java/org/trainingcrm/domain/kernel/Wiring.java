package org.trainingcrm.domain.kernel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a feature builds its services from: the store's port bundles, the use-case template
 * (which holds the access policy, transactions, audit log and clock), and the services of the
 * features wired before it. The services it builds are
 * provided here for {@code Crm} to hand out.
 */
public final class Wiring {

    private final CrmStore store;
    private final UseCases useCases;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public Wiring(CrmStore store, AccessPolicy access, Clock clock) {
        this.store = store;
        this.useCases = new UseCases(access, store.transactions(), store.auditLog(), clock);
    }

    public <P> P ports(Class<P> bundle) {
        return store.ports(bundle);
    }

    public UseCases useCases() {
        return useCases;
    }

    /** Offers one service; each type once. */
    public <S> void provide(Class<S> type, S service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is provided twice");
        }
    }

    /** A service provided by a feature wired earlier. */
    public <S> S service(Class<S> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("no feature wired before provides " + type.getSimpleName());
        }
        return type.cast(service);
    }

    /** Every service provided, by type. */
    public Map<Class<?>, Object> services() {
        return Map.copyOf(services);
    }
}

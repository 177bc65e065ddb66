package org.trainingcrm.domain.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The feature port bundles a store keeps, by their type; a store's registry of features fills it. */
public final class PortBundles {

    private final Map<Class<?>, Object> bundles = new LinkedHashMap<>();

    /** Keeps one feature's bundle; a second bundle of the same type is a wiring mistake. */
    public <P> PortBundles keep(Class<P> type, P bundle) {
        if (bundles.putIfAbsent(type, type.cast(bundle)) != null) {
            throw new IllegalStateException("the store already keeps " + type.getSimpleName());
        }
        return this;
    }

    public <P> P get(Class<P> type) {
        Object bundle = bundles.get(type);
        if (bundle == null) {
            throw new IllegalStateException("the store keeps no " + type.getSimpleName());
        }
        return type.cast(bundle);
    }

    public boolean contains(Class<?> type) {
        return bundles.containsKey(type);
    }

    public Set<Class<?>> types() {
        return Set.copyOf(bundles.keySet());
    }
}

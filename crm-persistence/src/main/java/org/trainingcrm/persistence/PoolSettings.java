package org.trainingcrm.persistence;

import java.time.Duration;
import java.util.Objects;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * How the connection pool behind {@link CrmDatabase#connect} and {@link CrmDatabase#embedded}
 * keeps its physical connections. A use case holds one connection while it runs (two while it
 * opens a new certificate counter), so the pool needs at least as many as use cases run at once
 * on that store.
 *
 * @param maximumPoolSize the most connections open at once, idle and in use
 * @param minimumIdle the idle connections kept ready; the rest close after {@code idleTimeout}
 * @param connectionTimeout how long a use case waits for a free connection before it fails
 *     with {@code StoreUnavailable}
 * @param idleTimeout how long a connection beyond {@code minimumIdle} may sit idle; zero keeps it
 */
public record PoolSettings(int maximumPoolSize, int minimumIdle, Duration connectionTimeout, Duration idleTimeout) {

    private static final Duration SHORTEST_WAIT = Duration.ofMillis(250);
    private static final Duration SHORTEST_IDLE = Duration.ofSeconds(10);

    public PoolSettings {
        if (maximumPoolSize < 1) {
            throw new InvalidValue("pool.maximumPoolSize", maximumPoolSize, "must be at least 1");
        }
        if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            throw new InvalidValue("pool.minimumIdle", minimumIdle, "must be between 0 and maximumPoolSize");
        }
        if (connectionTimeout == null || connectionTimeout.compareTo(SHORTEST_WAIT) < 0) {
            throw new InvalidValue("pool.connectionTimeout", connectionTimeout, "must be at least 250 ms");
        }
        if (idleTimeout == null || (!idleTimeout.isZero() && idleTimeout.compareTo(SHORTEST_IDLE) < 0)) {
            throw new InvalidValue("pool.idleTimeout", idleTimeout, "must be zero or at least 10 s");
        }
    }

    /** Ten connections at most, two kept idle, 30 s to wait for one, ten minutes of idling. */
    public static PoolSettings defaults() {
        return new PoolSettings(10, 2, Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    public PoolSettings withMaximumPoolSize(int size) {
        return new PoolSettings(size, Math.min(minimumIdle, size), connectionTimeout, idleTimeout);
    }

    public PoolSettings withMinimumIdle(int idle) {
        return new PoolSettings(maximumPoolSize, idle, connectionTimeout, idleTimeout);
    }

    public PoolSettings withConnectionTimeout(Duration timeout) {
        return new PoolSettings(maximumPoolSize, minimumIdle, Objects.requireNonNull(timeout, "timeout"), idleTimeout);
    }

    public PoolSettings withIdleTimeout(Duration timeout) {
        return new PoolSettings(maximumPoolSize, minimumIdle, connectionTimeout,
                Objects.requireNonNull(timeout, "timeout"));
    }
}

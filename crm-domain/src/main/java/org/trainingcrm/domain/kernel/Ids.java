package org.trainingcrm.domain.kernel;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out identifiers for new records.
 *
 * <p>Time-ordered UUIDs (version 7 layout): the domain assigns ids itself, so rows can be
 * created in bulk without a round trip, and ids made close in time sit close in an index.
 */
public final class Ids {

    private Ids() {
    }

    /** A new time-ordered UUID. */
    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Parses the text form of an id, naming the field when it is not a UUID. */
    public static UUID parse(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue(field, text, "is not an identifier (UUID)");
        }
    }
}

package org.trainingcrm.domain.kernel;

/** Which page of a result to return: number counted from 0, size from 1 to 1000. */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (number < 0) {
            throw new InvalidValue("page.number", number, "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("page.size", size, "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }
}

package org.trainingcrm.domain.kernel;

import java.util.List;

/** One page of a longer, ordered result. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page of the given number (from 0) and size cut from a whole ordered list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.number() * request.size());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request.number(), request.size(), all.size());
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}

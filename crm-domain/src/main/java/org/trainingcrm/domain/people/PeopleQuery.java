package org.trainingcrm.domain.people;

import org.trainingcrm.domain.kernel.PageRequest;

/**
 * A search of the people the centre knows: by the beginning of their name, in any case, with or
 * without accents; sorted by name in the user's locale.
 *
 * @param name the beginning of the full name, or null for everyone the user may see
 * @param page which page of the result
 */
public record PeopleQuery(String name, PageRequest page) {

    public PeopleQuery {
        page = page == null ? PageRequest.first(50) : page;
    }

    /** Everyone the user may see, first page of 50. */
    public static PeopleQuery all() {
        return new PeopleQuery(null, PageRequest.first(50));
    }

    public PeopleQuery nameStartsWith(String text) {
        return new PeopleQuery(text, page);
    }

    public PeopleQuery page(int number, int size) {
        return new PeopleQuery(name, new PageRequest(number, size));
    }
}

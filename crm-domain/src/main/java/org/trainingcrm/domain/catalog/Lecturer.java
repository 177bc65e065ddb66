package org.trainingcrm.domain.catalog;

import java.util.Objects;
import org.trainingcrm.domain.kernel.PhoneNumber;

/**
 * Who reads a course or a seminar, as the catalogue presents them.
 *
 * @param name full name, required
 * @param regalia degrees, titles and positions ("к.э.н., доцент, аудитор"), or null
 * @param phone a phone to reach the lecturer, or null
 */
public record Lecturer(String name, String regalia, PhoneNumber phone) {

    public Lecturer {
        Objects.requireNonNull(name, "name");
    }
}

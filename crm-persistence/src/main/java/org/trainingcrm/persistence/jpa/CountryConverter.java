package org.trainingcrm.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.kernel.Country;

/** Maps a {@link Country} to its ISO code. */
public final class CountryConverter implements AttributeConverter<Country, String> {

    @Override
    public String convertToDatabaseColumn(Country country) {
        return country == null ? null : country.code();
    }

    @Override
    public Country convertToEntityAttribute(String code) {
        return code == null ? null : Country.fromCode(code.trim());
    }
}

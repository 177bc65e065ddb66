package org.trainingcrm.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores a typed id (a record wrapping a UUID) as its 36-character text, the one UUID column
 * type that Derby and PostgreSQL share.
 *
 * <p>Each subclass names {@code AttributeConverter} again with its concrete types: EclipseLink
 * reads the converted type from the class's own generic interfaces, not from a superclass.
 */
public abstract class UuidIdConverter<T> implements AttributeConverter<T, String> {

    private final Function<T, UUID> unwrap;
    private final Function<UUID, T> wrap;

    protected UuidIdConverter(Function<T, UUID> unwrap, Function<UUID, T> wrap) {
        this.unwrap = unwrap;
        this.wrap = wrap;
    }

    @Override
    public String convertToDatabaseColumn(T id) {
        return id == null ? null : unwrap.apply(id).toString();
    }

    @Override
    public T convertToEntityAttribute(String column) {
        return column == null ? null : wrap.apply(UUID.fromString(column.trim()));
    }
}

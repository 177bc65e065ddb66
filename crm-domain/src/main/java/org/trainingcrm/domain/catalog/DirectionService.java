package org.trainingcrm.domain.catalog;

import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_EDIT;
import static org.trainingcrm.domain.catalog.CatalogPermission.CATALOG_READ;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use cases of the directions dictionary (K1): the fields of study courses are filed under.
 * Directions are part of the programme, so editing them takes {@link CatalogPermission#CATALOG_EDIT}.
 */
public final class DirectionService {

    private final Directions directions;
    private final Records<Direction, DirectionId> records;
    private final UseCases useCases;

    public DirectionService(CatalogPorts catalog, UseCases useCases) {
        this.directions = catalog.directions();
        this.records = CatalogRecords.directions(catalog);
        this.useCases = useCases;
    }

    /** Adds a direction; a name that differs from an existing one only in case or accents is refused. */
    public DirectionId define(Actor actor, String name) {
        return useCases.change(actor, CATALOG_EDIT, uc -> {
            Direction direction = new Direction(DirectionId.newId(), name);
            refuseDuplicate(direction);
            uc.add(records, direction, direction.id(), "direction.define");
            return direction.id();
        });
    }

    /** Gives a direction a new name; courses filed under it follow. */
    public void rename(Actor actor, DirectionId id, String name) {
        useCases.perform(actor, CATALOG_EDIT, uc -> uc.apply(records, uc.load(records, id), id, "direction.rename",
                direction -> {
                    direction.rename(name);
                    refuseDuplicate(direction);
                }));
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<DirectionEntry> list(Actor actor) {
        return useCases.read(actor, CATALOG_READ, uc -> {
            Collator collator = Collator.getInstance(actor.locale());
            return directions.all().stream()
                    .map(d -> new DirectionEntry(d.id(), d.name()))
                    .sorted(Comparator.comparing(DirectionEntry::name, collator)
                            .thenComparing(e -> e.id().value()))
                    .toList();
        });
    }

    private void refuseDuplicate(Direction direction) {
        directions.byNameKey(direction.nameKey())
                .filter(other -> !other.id().equals(direction.id()))
                .ifPresent(other -> {
                    throw new InvalidValue("direction.name", direction.name(), "the dictionary already holds '"
                            + other.name() + "'");
                });
    }
}

package org.trainingcrm.domain.catalog;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use cases of the directions dictionary (K1): the fields of study courses are filed under.
 * Directions are part of the programme, so editing them takes {@link Permission#CATALOG_EDIT}.
 */
public final class DirectionService {

    private final Directions directions;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public DirectionService(Directions directions, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.directions = directions;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a direction; a name that differs from an existing one only in case or accents is refused. */
    public DirectionId define(Actor actor, String name) {
        return transactions.inTransaction(() -> {
            access.require(actor, CatalogPermission.CATALOG_EDIT);
            Direction direction = new Direction(DirectionId.newId(), name);
            refuseDuplicate(direction);
            directions.add(direction);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "direction.define", "direction",
                    direction.id(), null, new AuditState().with("name", direction.name())));
            return direction.id();
        });
    }

    /** Gives a direction a new name; courses filed under it follow. */
    public void rename(Actor actor, DirectionId id, String name) {
        transactions.run(() -> {
            access.require(actor, CatalogPermission.CATALOG_EDIT);
            Direction direction = directions.byId(id).orElseThrow(() -> new NotFound("direction", id));
            AuditState before = new AuditState().with("name", direction.name());
            direction.rename(name);
            refuseDuplicate(direction);
            directions.update(direction);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "direction.rename", "direction", id, before,
                    new AuditState().with("name", direction.name())));
        });
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<DirectionEntry> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, CatalogPermission.CATALOG_READ);
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

package org.trainingcrm.domain.client;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;

/** Use cases of the industry dictionary (C2), which users extend as they meet new clients. */
public final class IndustryService {

    private final Industries industries;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public IndustryService(Industries industries, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.industries = industries;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an industry; a name that differs from an existing one only in case or accents is refused. */
    public IndustryId define(Actor actor, String name) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.DICTIONARY_EDIT);
            Industry industry = new Industry(IndustryId.newId(), name);
            refuseDuplicate(industry);
            industries.add(industry);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "industry.define", "industry", industry.id(),
                    null, new AuditState().with("name", industry.name())));
            return industry.id();
        });
    }

    public void rename(Actor actor, IndustryId id, String name) {
        transactions.run(() -> {
            access.require(actor, ClientPermission.DICTIONARY_EDIT);
            Industry industry = industries.byId(id).orElseThrow(() -> new NotFound("industry", id));
            AuditState before = new AuditState().with("name", industry.name());
            industry.rename(name);
            refuseDuplicate(industry);
            industries.update(industry);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "industry.rename", "industry", id, before,
                    new AuditState().with("name", industry.name())));
        });
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<IndustryEntry> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.CLIENT_READ);
            Collator collator = Collator.getInstance(actor.locale());
            return industries.all().stream()
                    .map(i -> new IndustryEntry(i.id(), i.name()))
                    .sorted(Comparator.comparing(IndustryEntry::name, collator))
                    .toList();
        });
    }

    private void refuseDuplicate(Industry industry) {
        industries.byNameKey(industry.nameKey())
                .filter(other -> !other.id().equals(industry.id()))
                .ifPresent(other -> {
                    throw new InvalidValue("industry.name", industry.name(), "the dictionary already holds '"
                            + other.name() + "'");
                });
    }
}

package org.trainingcrm.domain.client;

import static org.trainingcrm.domain.client.ClientPermission.CLIENT_READ;
import static org.trainingcrm.domain.client.ClientPermission.DICTIONARY_EDIT;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCases;

/** Use cases of the industry dictionary (C2), which users extend as they meet new clients. */
public final class IndustryService {

    private final Industries industries;
    private final Records<Industry, IndustryId> records;
    private final UseCases useCases;

    public IndustryService(ClientPorts ports, UseCases useCases) {
        this.industries = ports.industries();
        this.records = ClientRecords.industries(ports);
        this.useCases = useCases;
    }

    /** Adds an industry; a name that differs from an existing one only in case or accents is refused. */
    public IndustryId define(Actor actor, String name) {
        return useCases.change(actor, DICTIONARY_EDIT, uc -> {
            Industry industry = new Industry(IndustryId.newId(), name);
            refuseDuplicate(industry);
            return uc.add(records, industry, industry.id(), "industry.define").id();
        });
    }

    public void rename(Actor actor, IndustryId id, String name) {
        useCases.perform(actor, DICTIONARY_EDIT, uc -> uc.apply(records, uc.load(records, id), id, "industry.rename",
                industry -> {
                    industry.rename(name);
                    refuseDuplicate(industry);
                }));
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<IndustryEntry> list(Actor actor) {
        return useCases.read(actor, CLIENT_READ, uc -> {
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

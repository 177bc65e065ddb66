package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** Transactions in memory run one at a time, so changes of the graph take turns already. */
public final class InMemoryReferrals extends InMemoryStore<PersonId, Referral> implements Referrals {
    public InMemoryReferrals(InMemoryTransactions transactions) {
        super("referral", Referral::person, transactions);
    }

    @Override
    public Optional<Referral> of(PersonId person) {
        return byId(person);
    }

    @Override
    public List<Referral> broughtBy(Collection<PersonId> referrers) {
        return stream().filter(r -> referrers.contains(r.referrer())).toList();
    }

    @Override
    public void lockForChange() {
    }
}

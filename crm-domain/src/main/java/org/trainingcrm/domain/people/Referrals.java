package org.trainingcrm.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: who brought whom, the referral graph (C8). */
public interface Referrals {

    /** How the person came: the referral naming them, if any. */
    Optional<Referral> of(PersonId person);

    /** The referrals of everyone brought directly by any of the given people. */
    List<Referral> broughtBy(Collection<PersonId> referrers);

    void add(Referral referral);

    /** Marks a loaded referral as changed; written when the transaction commits. */
    void update(Referral referral);

    void remove(Referral referral);

    /**
     * Holds every other change of the graph until this transaction ends. Two changes checked for
     * cycles side by side could each pass and together close a circle; changes are rare, so they
     * simply take turns.
     */
    void lockForChange();
}

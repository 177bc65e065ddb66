package org.trainingcrm.domain.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use cases of the referral graph (C8): who brought whom. A person has one referrer at most, never
 * themself, and the graph has no circles; a person's referrer and the people they brought, with
 * counts, are one call away, with how many of those brought enrolled and the highest level they finished.
 */
public final class ReferralService {

    private final Referrals referrals;
    private final People people;
    private final VisiblePeople visible;
    private final ReferralWalk walk;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public ReferralService(Referrals referrals, People people, LearningFigures learning, AccessPolicy access,
            Transactions transactions, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.people = people;
        this.visible = new VisiblePeople(people, access);
        this.walk = new ReferralWalk(referrals, people, learning);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that the person was brought by the referrer.
     *
     * @throws RuleViolation {@code referral.onlyOneReferrer} when a referrer is recorded already
     *     (change it instead), {@code referral.self}, or {@code referral.cycle}
     */
    public void record(Actor actor, PersonId person, PersonId referrer) {
        transactions.run(() -> {
            Person brought = checkedPair(actor, person, referrer);
            Optional<Referral> existing = referrals.of(person);
            if (existing.isPresent()) {
                throw new RuleViolation("referral.onlyOneReferrer", brought.fullName()
                        + " was already brought by " + existing.get().referrer() + "; change the referrer instead");
            }
            referrals.add(new Referral(person, referrer, actor.user(), clock.instant()));
            audited(actor, "person.recordReferrer", person, null, referrer);
        });
    }

    /** Names another referrer for the person (or the first one); the same rules as {@link #record}. */
    public void change(Actor actor, PersonId person, PersonId referrer) {
        transactions.run(() -> {
            checkedPair(actor, person, referrer);
            Optional<Referral> existing = referrals.of(person);
            if (existing.isPresent()) {
                PersonId before = existing.get().referrer();
                existing.get().changeReferrer(referrer, actor.user(), clock.instant());
                referrals.update(existing.get());
                audited(actor, "person.changeReferrer", person, before, referrer);
            } else {
                referrals.add(new Referral(person, referrer, actor.user(), clock.instant()));
                audited(actor, "person.changeReferrer", person, null, referrer);
            }
        });
    }

    /** Forgets who brought the person. */
    public void clear(Actor actor, PersonId person) {
        transactions.run(() -> {
            visible.require(actor, PeoplePermission.PEOPLE_WRITE, person);
            referrals.lockForChange();
            Referral existing = referrals.of(person).orElseThrow(() -> new NotFound("referral", person));
            referrals.remove(existing);
            audited(actor, "person.clearReferrer", person, existing.referrer(), null);
        });
    }

    /** Who brought the person, if anyone. */
    public Optional<PersonRef> referrerOf(Actor actor, PersonId person) {
        return transactions.inTransaction(() -> {
            visible.require(actor, PeoplePermission.PEOPLE_READ, person);
            return referrerRef(actor, person);
        });
    }

    /** The person's referrer and the people they brought directly, with how many each brought in turn. */
    public ReferralTree broughtBy(Actor actor, PersonId person) {
        return tree(actor, person, 1);
    }

    /** The person's referrer and everyone below them in the referral graph, at any depth. */
    public ReferralTree tree(Actor actor, PersonId person) {
        return tree(actor, person, Integer.MAX_VALUE);
    }

    /**
     * The person's referrer and the people below them down to maxDepth (1 = brought directly);
     * the counts always cover the whole tree.
     */
    public ReferralTree tree(Actor actor, PersonId person, int maxDepth) {
        if (maxDepth < 1) {
            throw new InvalidValue("referral.maxDepth", maxDepth, "must be at least 1");
        }
        return transactions.inTransaction(() -> {
            Person root = visible.require(actor, PeoplePermission.PEOPLE_READ, person);
            return walk.below(root, referrerRef(actor, person), maxDepth, p -> visible.sees(actor, p));
        });
    }

    private Optional<PersonRef> referrerRef(Actor actor, PersonId person) {
        return referrals.of(person).flatMap(r -> visible.find(actor, r.referrer())).map(PersonRef::of);
    }

    /** Checks access, the person and the referrer, and that the pair closes no circle. */
    private Person checkedPair(Actor actor, PersonId person, PersonId referrer) {
        Person brought = visible.require(actor, PeoplePermission.PEOPLE_WRITE, person);
        if (referrer == null) {
            throw new InvalidValue("referral.referrer", null, "is required");
        }
        if (referrer.equals(person)) {
            throw new RuleViolation("referral.self", brought.fullName() + " cannot have brought themself");
        }
        if (people.byId(referrer).isEmpty()) {
            throw new InvalidValue("referral.referrer", referrer, "no such person");
        }
        Person bringer = visible.require(actor, PeoplePermission.PEOPLE_READ, referrer);
        referrals.lockForChange();
        refuseCircle(brought, bringer);
        return brought;
    }

    /** Refuses a referrer who was brought, directly or through others, by the person. */
    private void refuseCircle(Person brought, Person bringer) {
        List<PersonId> above = new ArrayList<>(List.of(bringer.id()));
        Set<PersonId> seen = new HashSet<>(above);
        PersonId at = bringer.id();
        while (true) {
            Optional<Referral> up = referrals.of(at);
            if (up.isEmpty() || !seen.add(up.get().referrer())) {
                return;
            }
            at = up.get().referrer();
            if (at.equals(brought.id())) {
                throw new RuleViolation("referral.cycle", brought.fullName() + " cannot have been brought by "
                        + bringer.fullName() + ": it would close a circle " + circle(brought, above));
            }
            above.add(at);
        }
    }

    /** The circle as names, each bringing the next: "Анна → Борис → Вера → Анна". */
    private String circle(Person brought, List<PersonId> above) {
        Map<PersonId, String> names = people.byIds(above).stream()
                .collect(Collectors.toMap(Person::id, Person::fullName, (a, b) -> a));
        List<String> path = new ArrayList<>(List.of(brought.fullName()));
        for (int i = above.size() - 1; i >= 0; i--) {
            path.add(names.getOrDefault(above.get(i), String.valueOf(above.get(i))));
        }
        path.add(brought.fullName());
        return String.join(" → ", path);
    }

    private void audited(Actor actor, String action, PersonId person, PersonId before, PersonId after) {
        audit.record(new AuditEntry(clock.instant(), actor.user(), action, "person", person,
                new AuditState().with("referredBy", before), new AuditState().with("referredBy", after)));
    }
}

package org.trainingcrm.domain.people;

import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_READ;
import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_WRITE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use cases of the referral graph (C8): who brought whom. A person has one referrer at most, never
 * themself, and the graph has no circles; a person's referrer and the people they brought, with
 * counts, are one call away, with how many of those brought enrolled and the highest level they finished.
 */
public final class ReferralService {

    private final Referrals referrals;
    private final People people;
    private final Records<Person, PersonId> records;
    private final Records<Referral, PersonId> referralRecords;
    private final ReferralWalk walk;
    private final UseCases useCases;

    public ReferralService(PeoplePorts ports, LearningFigures learning, UseCases useCases) {
        this.referrals = ports.referrals();
        this.people = ports.people();
        this.records = PeopleRecords.people(ports);
        this.referralRecords = Records.shared("referral", referrals::of);
        this.walk = new ReferralWalk(referrals, people, learning);
        this.useCases = useCases;
    }

    /**
     * Records that the person was brought by the referrer.
     *
     * @throws RuleViolation {@code referral.onlyOneReferrer} when a referrer is recorded already
     *     (change it instead), {@code referral.self}, or {@code referral.cycle}
     */
    public void record(Actor actor, PersonId person, PersonId referrer) {
        useCases.perform(actor, PEOPLE_WRITE, uc -> {
            Person brought = checkedPair(uc, person, referrer);
            Optional<Referral> existing = referrals.of(person);
            if (existing.isPresent()) {
                throw new RuleViolation("referral.onlyOneReferrer", brought.fullName()
                        + " was already brought by " + existing.get().referrer() + "; change the referrer instead");
            }
            referrals.add(new Referral(person, referrer, actor.user(), uc.now()));
            audited(uc, "person.recordReferrer", person, null, referrer);
        });
    }

    /** Names another referrer for the person (or the first one); the same rules as {@link #record}. */
    public void change(Actor actor, PersonId person, PersonId referrer) {
        useCases.perform(actor, PEOPLE_WRITE, uc -> {
            checkedPair(uc, person, referrer);
            Optional<Referral> existing = referrals.of(person);
            if (existing.isPresent()) {
                PersonId before = existing.get().referrer();
                existing.get().changeReferrer(referrer, actor.user(), uc.now());
                referrals.update(existing.get());
                audited(uc, "person.changeReferrer", person, before, referrer);
            } else {
                referrals.add(new Referral(person, referrer, actor.user(), uc.now()));
                audited(uc, "person.changeReferrer", person, null, referrer);
            }
        });
    }

    /** Forgets who brought the person. */
    public void clear(Actor actor, PersonId person) {
        useCases.perform(actor, PEOPLE_WRITE, uc -> {
            uc.load(records, person);
            referrals.lockForChange();
            Referral existing = uc.load(referralRecords, person);
            referrals.remove(existing);
            audited(uc, "person.clearReferrer", person, existing.referrer(), null);
        });
    }

    /** Who brought the person, if anyone. */
    public Optional<PersonRef> referrerOf(Actor actor, PersonId person) {
        return useCases.read(actor, PEOPLE_READ, uc -> {
            uc.load(records, person);
            return referrerRef(uc, person);
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
        return useCases.read(actor, PEOPLE_READ, uc -> {
            if (maxDepth < 1) {
                throw new InvalidValue("referral.maxDepth", maxDepth, "must be at least 1");
            }
            Person root = uc.load(records, person);
            return walk.below(root, referrerRef(uc, person), maxDepth, p -> uc.sees(records, p));
        });
    }

    private Optional<PersonRef> referrerRef(UseCase uc, PersonId person) {
        return referrals.of(person).flatMap(r -> uc.find(records, r.referrer())).map(PersonRef::of);
    }

    /** Checks access, the person and the referrer, and that the pair closes no circle. */
    private Person checkedPair(UseCase uc, PersonId person, PersonId referrer) {
        Person brought = uc.load(records, person);
        if (referrer == null) {
            throw new InvalidValue("referral.referrer", null, "is required");
        }
        if (referrer.equals(person)) {
            throw new RuleViolation("referral.self", brought.fullName() + " cannot have brought themself");
        }
        if (people.byId(referrer).isEmpty()) {
            throw new InvalidValue("referral.referrer", referrer, "no such person");
        }
        uc.require(PEOPLE_READ);
        Person bringer = uc.load(records, referrer);
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

    /** Audited under the person, so their history shows who brought them. */
    private void audited(UseCase uc, String action, PersonId person, PersonId before, PersonId after) {
        uc.audit(action, records.entity(), person,
                new AuditState().with("referredBy", before), new AuditState().with("referredBy", after));
    }
}

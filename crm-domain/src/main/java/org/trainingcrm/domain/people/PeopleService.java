package org.trainingcrm.domain.people;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.kernel.Validation;

/**
 * Use cases of students and their families (C7): register a student with parents or guardians,
 * read their profile, record a birth date, add, revise and remove guardians, keep preferences.
 * "Today" is the injected clock's date.
 */
public final class PeopleService {

    /** The most people a name search returns; a longer prefix narrows it. */
    public static final int FOUND_AT_MOST = 50;

    private final People people;
    private final Branches branches;
    private final VisiblePeople visible;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public PeopleService(People people, Branches branches, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.people = people;
        this.branches = branches;
        this.visible = new VisiblePeople(people, access);
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a student in the actor's own branch. */
    public PersonId registerStudent(Actor actor, StudentForm form) {
        return registerStudent(actor, actor.branch(), form);
    }

    /**
     * Registers a new person as a student of the branch, with their parents or guardians (people
     * the centre knows, or new ones registered with them); a student under 18 needs at least one.
     */
    public PersonId registerStudent(Actor actor, BranchId branchId, StudentForm form) {
        return transactions.inTransaction(() -> {
            access.require(actor, PeoplePermission.PEOPLE_WRITE, branchId);
            Branch branch = branches.byId(branchId).orElseThrow(() -> new NotFound("branch", branchId));
            var draft = form.validate(branchId, branch.region(), today(), id -> visible.find(actor, id));
            for (Person guardian : draft.newGuardians()) {
                people.add(guardian);
                record(actor, "person.register", guardian, null);
            }
            people.add(draft.student());
            record(actor, "person.registerStudent", draft.student(), null);
            return draft.student().id();
        });
    }

    /** The person's card with their guardians and preferences; never their medical notes. */
    public PersonProfile profile(Actor actor, PersonId id) {
        return transactions.inTransaction(() -> {
            Person person = visible.require(actor, PeoplePermission.PEOPLE_READ, id);
            Map<PersonId, Person> known = people.byIds(person.guardians().stream().map(Guardian::person).toList())
                    .stream().collect(Collectors.toMap(Person::id, Function.identity()));
            List<GuardianCard> guardians = person.guardians().stream().map(g -> {
                Person who = known.get(g.person());
                return new GuardianCard(g.person(), who.fullName(), who.phone(), who.email(), g.relation(),
                        g.mayPickUp(), g.isMainContact());
            }).toList();
            return new PersonProfile(person.id(), person.version(), person.branch().orElse(null),
                    person.fullName(), person.phone(), person.email(), person.birthDate().orElse(null),
                    person.isMinorOn(today()), guardians, person.preferences());
        });
    }

    /**
     * The people whose name starts with the text (in any case, with or without accents), sorted
     * in the actor's locale: to find a parent the centre knows before registering them again.
     */
    public List<PersonRef> find(Actor actor, String namePrefix) {
        return transactions.inTransaction(() -> {
            access.require(actor, PeoplePermission.PEOPLE_READ);
            String key = SearchKey.of(namePrefix);
            if (key.isEmpty()) {
                throw new InvalidValue("person.name", namePrefix, "is required");
            }
            Collator collator = Collator.getInstance(actor.locale());
            return people.byNamePrefix(key, access.scopeOf(actor), FOUND_AT_MOST).stream().map(PersonRef::of)
                    .sorted(Comparator.comparing(PersonRef::fullName, collator).thenComparing(r -> r.id().value()))
                    .toList();
        });
    }

    /** The parents and guardians of the person, in the order they were added. */
    public List<GuardianCard> guardiansOf(Actor actor, PersonId id) {
        return profile(actor, id).guardians();
    }

    /** The children the person is a parent or guardian of, among those the actor may see. */
    public List<PersonRef> wardsOf(Actor actor, PersonId guardian) {
        return transactions.inTransaction(() -> {
            visible.require(actor, PeoplePermission.PEOPLE_READ, guardian);
            return people.wardsOf(guardian).stream().filter(p -> visible.sees(actor, p)).map(PersonRef::of).toList();
        });
    }

    /**
     * Records (or, with null, forgets) a birth date. A person who would be under 18 needs a
     * guardian first, and a guardian cannot become a minor.
     */
    public void recordBirthDate(Actor actor, PersonId id, long expectedVersion, LocalDate birthDate) {
        change(actor, id, expectedVersion, "person.recordBirthDate", person -> {
            if (birthDate != null && !people.wardsOf(id).isEmpty()
                    && Age.isMinorOn(birthDate, today())) {
                throw new RuleViolation("person.guardianCannotBeMinor", person.fullName()
                        + " is a parent or guardian and cannot be under 18 (born " + birthDate + ")");
            }
            person.recordBirthDate(birthDate, today());
        });
    }

    /** Adds a parent or guardian, a person the centre knows or a new one; returns the guardian's id. */
    public PersonId addGuardian(Actor actor, PersonId id, long expectedVersion, GuardianForm form) {
        return transactions.inTransaction(() -> {
            Person child = visible.require(actor, PeoplePermission.PEOPLE_WRITE, id);
            BranchId home = child.branch().orElse(actor.branch());
            String region = branches.byId(home).orElseThrow(() -> new NotFound("branch", home)).region();
            Validation check = Validation.of("guardian");
            if (form == null) {
                check.refuse("person", null, "is required");
                check.throwIfInvalid();
            }
            if (id.equals(form.person())) {
                throw new InvalidValue("guardian.person", id, "is the child themself");
            }
            Person guardian = form.resolve(check, "", i -> visible.find(actor, i), child.branch().orElse(null),
                    region, today());
            check.throwIfInvalid();
            if (form.person() == null) {
                people.add(guardian);
                record(actor, "person.register", guardian, null);
            }
            changeInTransaction(actor, child, expectedVersion, "person.addGuardian", person -> person.addGuardian(
                    guardian, form.relation(), form.mayPickUp(), form.mainContact(), today()));
            return guardian.id();
        });
    }

    /** Replaces how a known guardian is related and what they may do. */
    public void reviseGuardian(Actor actor, PersonId id, long expectedVersion, GuardianForm form) {
        if (form == null || form.person() == null) {
            throw new InvalidValue("guardian.person", null, "name the guardian to revise");
        }
        change(actor, id, expectedVersion, "person.reviseGuardian", person -> person.reviseGuardian(form.person(),
                form.relation(), form.mayPickUp(), form.mainContact()));
    }

    /** Ends a guardianship; a minor keeps at least one parent or guardian. */
    public void removeGuardian(Actor actor, PersonId id, long expectedVersion, PersonId guardian) {
        change(actor, id, expectedVersion, "person.removeGuardian",
                person -> person.removeGuardian(guardian, today()));
    }

    /** Replaces the notes and tags the centre keeps on the person's wishes. */
    public void revisePreferences(Actor actor, PersonId id, long expectedVersion, String notes,
            Collection<String> tags) {
        change(actor, id, expectedVersion, "person.revisePreferences", person -> {
            try {
                person.revisePreferences(new Preferences(notes, tags == null ? List.of() : new ArrayList<>(tags)));
            } catch (InvalidValue refused) {
                throw refused.under("person");
            }
        });
    }

    private void change(Actor actor, PersonId id, long expectedVersion, String action, Consumer<Person> change) {
        transactions.run(() -> changeInTransaction(actor, visible.require(actor, PeoplePermission.PEOPLE_WRITE, id),
                expectedVersion, action, change));
    }

    private void changeInTransaction(Actor actor, Person person, long expectedVersion, String action,
            Consumer<Person> change) {
        if (person.version() != expectedVersion) {
            throw new ConcurrentChange("person", person.id(),
                    "edited version " + expectedVersion + " but the stored one is " + person.version());
        }
        AuditState before = person.auditState();
        change.accept(person);
        people.update(person);
        record(actor, action, person, before);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void record(Actor actor, String action, Person person, AuditState before) {
        audit.record(new AuditEntry(clock.instant(), actor.user(), action, "person", person.id(), before,
                person.auditState()));
    }
}

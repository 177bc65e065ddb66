package org.trainingcrm.domain.people;

import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_READ;
import static org.trainingcrm.domain.people.PeoplePermission.PEOPLE_WRITE;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.branch.BranchRecords;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.kernel.Validation;

/**
 * Use cases of students and their families (C7): register a student with parents or guardians,
 * read their profile, record a birth date, add, revise and remove guardians, keep preferences.
 * "Today" is the date of the use case's moment on the injected clock.
 */
public final class PeopleService {

    /** The most people a name search returns; a longer prefix narrows it. */
    public static final int FOUND_AT_MOST = 50;

    private final People people;
    private final Records<Person, PersonId> records;
    private final Records<Branch, BranchId> branches;
    private final UseCases useCases;

    public PeopleService(PeoplePorts ports, BranchPorts branches, UseCases useCases) {
        this.people = ports.people();
        this.records = PeopleRecords.people(ports);
        this.branches = BranchRecords.branches(branches);
        this.useCases = useCases;
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
        return useCases.change(actor, PEOPLE_WRITE, uc -> {
            Branch branch = BranchRecords.target(uc, branches, branchId);
            var draft = form.validate(branchId, branch.region(), today(uc), id -> uc.find(records, id));
            for (Person guardian : draft.newGuardians()) {
                uc.add(records, guardian, guardian.id(), "person.register");
            }
            return uc.add(records, draft.student(), draft.student().id(), "person.registerStudent").id();
        });
    }

    /** The person's card with their guardians and preferences; never their medical notes. */
    public PersonProfile profile(Actor actor, PersonId id) {
        return useCases.read(actor, PEOPLE_READ, uc -> {
            Person person = uc.load(records, id);
            Map<PersonId, Person> known = people.byIds(person.guardians().stream().map(Guardian::person).toList())
                    .stream().collect(Collectors.toMap(Person::id, Function.identity()));
            List<GuardianCard> guardians = person.guardians().stream().map(g -> {
                Person who = known.get(g.person());
                return new GuardianCard(g.person(), who.fullName(), who.phone(), who.email(), g.relation(),
                        g.mayPickUp(), g.isMainContact());
            }).toList();
            return new PersonProfile(person.id(), person.version(), person.branch().orElse(null),
                    person.fullName(), person.phone(), person.email(), person.birthDate().orElse(null),
                    person.isMinorOn(today(uc)), guardians, person.preferences());
        });
    }

    /**
     * The people whose name starts with the text (in any case, with or without accents), sorted
     * in the actor's locale: to find a parent the centre knows before registering them again.
     */
    public List<PersonRef> find(Actor actor, String namePrefix) {
        return useCases.read(actor, PEOPLE_READ, uc -> {
            String key = SearchKey.of(namePrefix);
            if (key.isEmpty()) {
                throw new InvalidValue("person.name", namePrefix, "is required");
            }
            Collator collator = Collator.getInstance(actor.locale());
            return people.byNamePrefix(key, uc.scope(), FOUND_AT_MOST).stream().map(PersonRef::of)
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
        return useCases.read(actor, PEOPLE_READ, uc -> {
            uc.load(records, guardian);
            return people.wardsOf(guardian).stream().filter(p -> uc.sees(records, p)).map(PersonRef::of).toList();
        });
    }

    /**
     * Records (or, with null, forgets) a birth date. A person who would be under 18 needs a
     * guardian first, and a guardian cannot become a minor.
     */
    public void recordBirthDate(Actor actor, PersonId id, long expectedVersion, LocalDate birthDate) {
        change(actor, id, expectedVersion, "person.recordBirthDate", (uc, person) -> {
            if (birthDate != null && !people.wardsOf(id).isEmpty() && Age.isMinorOn(birthDate, today(uc))) {
                throw new RuleViolation("person.guardianCannotBeMinor", person.fullName()
                        + " is a parent or guardian and cannot be under 18 (born " + birthDate + ")");
            }
            person.recordBirthDate(birthDate, today(uc));
        });
    }

    /** Adds a parent or guardian, a person the centre knows or a new one; returns the guardian's id. */
    public PersonId addGuardian(Actor actor, PersonId id, long expectedVersion, GuardianForm form) {
        return useCases.change(actor, PEOPLE_WRITE, uc -> {
            Person child = uc.load(records, id);
            String region = uc.load(branches, child.branch().orElse(actor.branch())).region();
            Validation check = Validation.of("guardian");
            if (form == null) {
                check.refuse("person", null, "is required");
                check.throwIfInvalid();
            }
            if (id.equals(form.person())) {
                throw new InvalidValue("guardian.person", id, "is the child themself");
            }
            Person guardian = form.resolve(check, "", i -> uc.find(records, i), child.branch().orElse(null),
                    region, today(uc));
            check.throwIfInvalid();
            if (form.person() == null) {
                uc.add(records, guardian, guardian.id(), "person.register");
            }
            uc.expectVersion(records, child, id, expectedVersion);
            uc.apply(records, child, id, "person.addGuardian", person -> person.addGuardian(
                    guardian, form.relation(), form.mayPickUp(), form.mainContact(), today(uc)));
            return guardian.id();
        });
    }

    /** Replaces how a known guardian is related and what they may do. */
    public void reviseGuardian(Actor actor, PersonId id, long expectedVersion, GuardianForm form) {
        useCases.perform(actor, PEOPLE_WRITE, uc -> {
            if (form == null || form.person() == null) {
                throw new InvalidValue("guardian.person", null, "name the guardian to revise");
            }
            uc.edit(records, id, expectedVersion, "person.reviseGuardian", person -> person.reviseGuardian(
                    form.person(), form.relation(), form.mayPickUp(), form.mainContact()));
        });
    }

    /** Ends a guardianship; a minor keeps at least one parent or guardian. */
    public void removeGuardian(Actor actor, PersonId id, long expectedVersion, PersonId guardian) {
        change(actor, id, expectedVersion, "person.removeGuardian",
                (uc, person) -> person.removeGuardian(guardian, today(uc)));
    }

    /** Replaces the notes and tags the centre keeps on the person's wishes. */
    public void revisePreferences(Actor actor, PersonId id, long expectedVersion, String notes,
            Collection<String> tags) {
        change(actor, id, expectedVersion, "person.revisePreferences", (uc, person) -> {
            try {
                person.revisePreferences(new Preferences(notes, tags == null ? List.of() : new ArrayList<>(tags)));
            } catch (InvalidValue refused) {
                throw refused.under("person");
            }
        });
    }

    /** The whole template for one person, with the use case at hand for today's date. */
    private void change(Actor actor, PersonId id, long expectedVersion, String action,
            BiConsumer<UseCase, Person> change) {
        useCases.perform(actor, PEOPLE_WRITE,
                uc -> uc.edit(records, id, expectedVersion, action, person -> change.accept(uc, person)));
    }

    private LocalDate today(UseCase uc) {
        return LocalDate.ofInstant(uc.now(), useCases.clock().getZone());
    }
}

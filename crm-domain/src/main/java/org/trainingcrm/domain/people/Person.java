package org.trainingcrm.domain.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.kernel.Text;

/**
 * A human being the centre knows; may be the contact of several clients, a student with a
 * birth date, parents or guardians and preferences (C7), the guardian of a child.
 *
 * <p>Medical notes are not here: they are restricted and kept apart, so no ordinary read of a
 * person ever loads them.
 */
public class Person {

    private PersonId id;
    private BranchId branch;
    private String fullName;
    private String nameKey;
    private SortKeys nameSort;
    private String phone;
    private String email;
    private LocalDate birthDate;
    private List<Guardian> guardians = new ArrayList<>();
    private String preferences;
    private List<String> preferenceTags = new ArrayList<>();
    private long version;

    protected Person() {
    }

    /** A person with a full name and, optionally (null), a personal phone and e-mail. */
    public Person(PersonId id, String fullName, PhoneNumber phone, Email email) {
        this(id, null, fullName, phone, email);
    }

    /** A person registered by a branch (a student); branch, phone and e-mail may be null. */
    public Person(PersonId id, BranchId branch, String fullName, PhoneNumber phone, Email email) {
        this.id = id;
        this.branch = branch;
        this.fullName = Text.required("person.fullName", fullName, 300);
        this.nameKey = SearchKey.of(this.fullName);
        this.nameSort = SortKeys.of(this.fullName);
        this.phone = phone == null ? null : phone.e164();
        this.email = email == null ? null : email.value();
    }

    /**
     * Records the birth date, or forgets it (null).
     *
     * @throws InvalidValue under {@code person.birthDate} for a date after today or too long ago
     * @throws RuleViolation {@code person.minorWithoutGuardian} when it makes a person without
     *     guardians a minor
     */
    public void recordBirthDate(LocalDate date, LocalDate today) {
        CalendarBounds.check("person.birthDate", date);
        if (date != null && date.isAfter(today)) {
            throw new InvalidValue("person.birthDate", date, "is after today, " + today);
        }
        if (date != null && date.isBefore(today.minusYears(Age.OLDEST))) {
            throw new InvalidValue("person.birthDate", date, "is more than " + Age.OLDEST + " years ago");
        }
        if (date != null && Age.isMinorOn(date, today) && guardians.isEmpty()) {
            throw new RuleViolation("person.minorWithoutGuardian", fullName + " is under " + Age.OF_MAJORITY
                    + " on " + today + " and needs a parent or guardian first");
        }
        birthDate = date;
    }

    /** Whether the person is under 18 on the day; a person whose birth date is unknown is not. */
    public boolean isMinorOn(LocalDate day) {
        return birthDate != null && Age.isMinorOn(birthDate, day);
    }

    /** Whole years on the day, when the birth date is known and the person was born by then. */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate == null || day.isBefore(birthDate) ? Optional.empty()
                : Optional.of(Age.on(birthDate, day));
    }

    /**
     * Makes another person a guardian of this one; a guardian marked as the main contact takes
     * that mark from the previous one.
     *
     * @throws InvalidValue under {@code guardian.person} when the guardian is this person or a minor
     * @throws RuleViolation {@code person.guardian.duplicate} when already a guardian
     */
    public void addGuardian(Person guardian, GuardianRelation relation, boolean mayPickUp, boolean mainContact,
            LocalDate today) {
        if (relation == null) {
            throw new InvalidValue("guardian.relation", null, "is required");
        }
        if (guardian.id.equals(id)) {
            throw new InvalidValue("guardian.person", guardian.id, "is the child themself");
        }
        if (guardian.isMinorOn(today)) {
            throw new InvalidValue("guardian.person", guardian.id, guardian.fullName + " is under "
                    + Age.OF_MAJORITY + " on " + today + " and cannot be a guardian");
        }
        if (guardian(guardian.id).isPresent()) {
            throw new RuleViolation("person.guardian.duplicate",
                    guardian.fullName + " is already a guardian of " + fullName);
        }
        Guardian added = new Guardian(guardian.id, relation, mayPickUp, mainContact);
        if (mainContact) {
            guardians.replaceAll(g -> g.withMainContact(false));
        }
        guardians.add(added);
    }

    /** Replaces how a guardian is related and what they may do; the main-contact mark moves as in add. */
    public void reviseGuardian(PersonId guardian, GuardianRelation relation, boolean mayPickUp,
            boolean mainContact) {
        int at = guardians.indexOf(guardian(guardian).orElseThrow(() -> notAGuardian(guardian)));
        if (relation == null) {
            throw new InvalidValue("guardian.relation", null, "is required");
        }
        if (mainContact) {
            guardians.replaceAll(g -> g.withMainContact(false));
        }
        guardians.set(at, new Guardian(guardian, relation, mayPickUp, mainContact));
    }

    /**
     * Ends a person's guardianship of this one.
     *
     * @throws RuleViolation {@code person.guardian.lastOfMinor} when a minor would be left without one
     */
    public void removeGuardian(PersonId guardian, LocalDate today) {
        Guardian existing = guardian(guardian).orElseThrow(() -> notAGuardian(guardian));
        if (guardians.size() == 1 && isMinorOn(today)) {
            throw new RuleViolation("person.guardian.lastOfMinor", fullName + " is under " + Age.OF_MAJORITY
                    + " on " + today + " and keeps at least one parent or guardian");
        }
        guardians.remove(existing);
    }

    public Optional<Guardian> guardian(PersonId guardian) {
        return guardians.stream().filter(g -> g.person().equals(guardian)).findFirst();
    }

    /** Replaces the notes and tags the centre keeps about the person's wishes. */
    public void revisePreferences(Preferences revised) {
        Objects.requireNonNull(revised, "preferences");
        preferences = revised.notes();
        preferenceTags.clear();
        preferenceTags.addAll(revised.tags());
    }

    public PersonId id() {
        return id;
    }

    /** The branch that registered the person, or empty for a person known only as a client's contact. */
    public Optional<BranchId> branch() {
        return Optional.ofNullable(branch);
    }

    public String fullName() {
        return fullName;
    }

    /** The name's search form. */
    /** The keys lists of people are sorted by, made from the full name. */
    public SortKeys nameSort() {
        return nameSort;
    }

    public String nameKey() {
        return nameKey;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** The parents and guardians, in the order they were added. */
    public List<Guardian> guardians() {
        return List.copyOf(guardians);
    }

    public Preferences preferences() {
        return new Preferences(preferences, preferenceTags);
    }

    public long version() {
        return version;
    }

    /** The audited fields of the person now; never anything restricted. */
    public AuditState auditState() {
        return new AuditState()
                .with("branch", branch)
                .with("fullName", fullName)
                .with("phone", phone)
                .with("email", email)
                .with("birthDate", birthDate)
                .withAll("guardians", guardians)
                .with("preferences", preferences)
                .withAll("preferenceTags", preferenceTags);
    }

    private RuleViolation notAGuardian(PersonId guardian) {
        return new RuleViolation("person.guardian.unknown", "person " + guardian + " is not a guardian of " + id);
    }
}

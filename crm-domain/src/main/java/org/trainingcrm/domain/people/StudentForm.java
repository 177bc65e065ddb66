package org.trainingcrm.domain.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A new student as a user typed them (C7): name, birth date, optional phone and e-mail,
 * parents or guardians, preferences. Checked field by field, every refusal naming its field
 * ({@code student.birthDate}, {@code student.guardians[1].person}, ...).
 *
 * <pre>{@code
 * StudentForm.named("Иванов Пётр").bornOn(LocalDate.of(2014, 5, 3))
 *         .guardian(GuardianForm.existing(mother, GuardianRelation.MOTHER).asMainContact())
 *         .preferences("любит рисовать", List.of("утро"));
 * }</pre>
 */
public final class StudentForm {

    private String fullName;
    private LocalDate birthDate;
    private String phone;
    private String email;
    private final List<GuardianForm> guardians = new ArrayList<>();
    private String preferenceNotes;
    private final List<String> preferenceTags = new ArrayList<>();

    private StudentForm(String fullName) {
        this.fullName = fullName;
    }

    public static StudentForm named(String fullName) {
        return new StudentForm(fullName);
    }

    public StudentForm bornOn(LocalDate date) {
        birthDate = date;
        return this;
    }

    public StudentForm phone(String value) {
        phone = value;
        return this;
    }

    public StudentForm email(String value) {
        email = value;
        return this;
    }

    /** Adds a parent or guardian; a student under 18 needs at least one. */
    public StudentForm guardian(GuardianForm guardian) {
        guardians.add(guardian);
        return this;
    }

    /** Free notes on how the student likes to learn or what they asked for, and short tags. */
    public StudentForm preferences(String notes, Collection<String> tags) {
        preferenceNotes = notes;
        preferenceTags.clear();
        preferenceTags.addAll(tags);
        return this;
    }

    /**
     * Checks every field and makes the student with their guardians.
     *
     * @param known finds a person the centre knows and the user may see
     * @throws InvalidValue when one field is refused
     * @throws org.trainingcrm.domain.kernel.InvalidValues when several are
     */
    StudentDraft validate(BranchId branch, String region, LocalDate today,
            Function<PersonId, Optional<Person>> known) {
        Validation check = Validation.of("student");
        String name = check.field("fullName", () -> Text.required("fullName", fullName, 300));
        LocalDate born = check.field("birthDate", () -> checkedBirthDate(today));
        PhoneNumber tel = check.field("phone", () -> blank(phone) ? null : PhoneNumber.parse(phone, region));
        Email mail = check.field("email", () -> blank(email) ? null : Email.parse(email));
        Preferences wishes = checkedPreferences(check);
        List<Person> resolved = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < guardians.size(); i++) {
            String at = "guardians[" + i + "]";
            GuardianForm form = guardians.get(i);
            if (form == null) {
                check.refuse(at, null, "is required");
                continue;
            }
            Person guardian = form.resolve(check, at, known, branch, region, today);
            if (guardian != null && !seen.add(guardian.id())) {
                check.refuse(at + ".person", guardian.id(), "is listed twice");
            }
            resolved.add(guardian);
        }
        if (guardians.stream().filter(g -> g != null && g.mainContact()).count() > 1) {
            check.refuse("guardians", guardians.size() + " guardians", "only one guardian can be the main contact");
        }
        if (born != null && Age.isMinorOn(born, today) && guardians.isEmpty()) {
            check.refuse("guardians", List.of(), "a student under " + Age.OF_MAJORITY + " on " + today
                    + " needs at least one parent or guardian");
        }
        check.throwIfInvalid();
        return draft(new Person(PersonId.newId(), branch, name, tel, mail), born, wishes, resolved, today);
    }

    private StudentDraft draft(Person student, LocalDate born, Preferences wishes, List<Person> resolved,
            LocalDate today) {
        List<Person> added = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            GuardianForm form = guardians.get(i);
            Person guardian = resolved.get(i);
            student.addGuardian(guardian, form.relation(), form.mayPickUp(), form.mainContact(), today);
            if (form.person() == null) {
                added.add(guardian);
            }
        }
        student.recordBirthDate(born, today);
        student.revisePreferences(wishes);
        return new StudentDraft(student, added);
    }

    private LocalDate checkedBirthDate(LocalDate today) {
        CalendarBounds.required("birthDate", birthDate);
        if (birthDate.isAfter(today)) {
            throw new InvalidValue("birthDate", birthDate, "is after today, " + today);
        }
        if (birthDate.isBefore(today.minusYears(Age.OLDEST))) {
            throw new InvalidValue("birthDate", birthDate, "is more than " + Age.OLDEST + " years ago");
        }
        return birthDate;
    }

    private Preferences checkedPreferences(Validation check) {
        try {
            return new Preferences(preferenceNotes, preferenceTags);
        } catch (InvalidValue refused) {
            check.refuse(refused.field(), refused.value(), refused.reason());
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A checked student with the guardians that are new to the centre. */
    record StudentDraft(Person student, List<Person> newGuardians) {
    }
}

package org.trainingcrm.domain.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A parent or guardian as a user names them: a person the centre knows, or a new one typed in,
 * with the relation and whether they may pick the child up and are the main contact.
 *
 * <pre>{@code
 * GuardianForm.newPerson(PersonForm.named("Иванова Мария").phone("+7 912 345-67-89"), GuardianRelation.MOTHER)
 *         .whoMayPickUp().asMainContact();
 * }</pre>
 *
 * @param person a person the centre knows, or null for a new one
 * @param newPerson the new person's details, or null for a known one
 */
public record GuardianForm(PersonId person, PersonForm newPerson, GuardianRelation relation, boolean mayPickUp,
        boolean mainContact) {

    /** A person the centre knows. */
    public static GuardianForm existing(PersonId person, GuardianRelation relation) {
        return new GuardianForm(person, null, relation, false, false);
    }

    /** A new person, registered together with the guardianship. */
    public static GuardianForm newPerson(PersonForm details, GuardianRelation relation) {
        return new GuardianForm(null, details, relation, false, false);
    }

    public GuardianForm whoMayPickUp() {
        return new GuardianForm(person, newPerson, relation, true, mainContact);
    }

    public GuardianForm asMainContact() {
        return new GuardianForm(person, newPerson, relation, mayPickUp, true);
    }

    /**
     * Checks the form under the field {@code at} (such as {@code guardians[0]}, or empty for the
     * validation's own prefix) and finds or makes the guardian; refusals go to the validation, and
     * null comes back for a refused guardian.
     */
    Person resolve(Validation check, String at, Function<PersonId, Optional<Person>> known, BranchId branch,
            String region, LocalDate today) {
        if (relation == null) {
            check.refuse(field(at, "relation"), null, "is required");
        }
        if ((person == null) == (newPerson == null)) {
            check.refuse(field(at, "person"), person, "name either a person the centre knows or a new one");
            return null;
        }
        if (person != null) {
            Optional<Person> found = known.apply(person);
            if (found.isEmpty()) {
                check.refuse(field(at, "person"), person, "no such person");
                return null;
            }
            if (found.get().isMinorOn(today)) {
                check.refuse(field(at, "person"), person, found.get().fullName() + " is under 18 on " + today
                        + " and cannot be a guardian");
                return null;
            }
            return found.get();
        }
        String name = check.field(field(at, "fullName"), () -> Text.required("fullName", newPerson.fullName(), 300));
        PhoneNumber tel = check.field(field(at, "phone"), () -> blank(newPerson.phone()) ? null
                : PhoneNumber.parse(newPerson.phone(), region));
        Email mail = check.field(field(at, "email"), () -> blank(newPerson.email()) ? null
                : Email.parse(newPerson.email()));
        return name == null ? null : new Person(PersonId.newId(), branch, name, tel, mail);
    }

    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.trainingcrm.domain.people;

import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/** A new person as a user typed them: full name, and optional personal phone and e-mail. */
public record PersonForm(String fullName, String phone, String email) {

    public static PersonForm named(String fullName) {
        return new PersonForm(fullName, null, null);
    }

    /** Checks every field into a new person with the given id; phones are read as of the region. */
    public Person validate(PersonId id, String region) {
        Validation check = Validation.of("person");
        String name = check.field("fullName", () -> Text.required("fullName", fullName, 300));
        PhoneNumber tel = check.field("phone",
                () -> phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone, region));
        Email mail = check.field("email", () -> email == null || email.isBlank() ? null : Email.parse(email));
        check.throwIfInvalid();
        return new Person(id, name, tel, mail);
    }
}

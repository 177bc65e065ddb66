package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;
import org.trainingcrm.domain.people.PersonId;

/**
 * A person's role at a client as a user typed it (C3): position, work phone, e-mail, notes.
 *
 * @param position optional position, such as "Главный бухгалтер"
 * @param phone optional work phone in any format
 * @param email optional work e-mail
 * @param notes optional notes
 */
public record ContactForm(String position, String phone, String email, String notes) {

    /** Checks every field into a contact of the person; phones are read as of the region. */
    public Contact validate(PersonId person, String region) {
        Validation check = Validation.of("contact");
        String pos = check.field("position", () -> Text.optional("position", position, 200));
        PhoneNumber tel = check.field("phone", () -> blank(phone) ? null : PhoneNumber.parse(phone, region));
        Email mail = check.field("email", () -> blank(email) ? null : Email.parse(email));
        String text = check.field("notes", () -> Text.optional("notes", notes, 2000));
        check.throwIfInvalid();
        return new Contact(person, pos, tel, mail, text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

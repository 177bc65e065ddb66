package org.trainingcrm.domain.client;

import java.util.Objects;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.people.PersonId;

/** A person's role at one client: their position, work phone and e-mail, and notes. */
public class Contact {

    private PersonId person;
    private String position;
    private String positionKey;
    private String phone;
    private String email;
    private String notes;

    protected Contact() {
    }

    /** Optional values (position, phone, email, notes) may be null. */
    public Contact(PersonId person, String position, PhoneNumber phone, Email email, String notes) {
        this.person = Objects.requireNonNull(person, "person");
        this.position = Text.optional("contact.position", position, 200);
        this.positionKey = this.position == null ? null : SearchKey.of(this.position);
        this.phone = phone == null ? null : phone.e164();
        this.email = email == null ? null : email.value();
        this.notes = Text.optional("contact.notes", notes, 2000);
    }

    public PersonId person() {
        return person;
    }

    public String position() {
        return position;
    }

    /** The position's search form, or null. */
    public String positionKey() {
        return positionKey;
    }

    /** The work phone in E.164 form, or null. */
    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String notes() {
        return notes;
    }

    @Override
    public String toString() {
        return person + (position == null ? "" : " (" + position + ")");
    }
}

package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/** A human being the centre knows; may be the contact of several clients. */
public class Person {

    private PersonId id;
    private String fullName;
    private String nameKey;
    private String phone;
    private String email;
    private long version;

    protected Person() {
    }

    /** A person with a full name and, optionally (null), a personal phone and e-mail. */
    public Person(PersonId id, String fullName, PhoneNumber phone, Email email) {
        this.id = id;
        this.fullName = Text.required("person.fullName", fullName, 300);
        this.nameKey = SearchKey.of(this.fullName);
        this.phone = phone == null ? null : phone.e164();
        this.email = email == null ? null : email.value();
    }

    public PersonId id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    /** The name's search form. */
    public String nameKey() {
        return nameKey;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public long version() {
        return version;
    }
}

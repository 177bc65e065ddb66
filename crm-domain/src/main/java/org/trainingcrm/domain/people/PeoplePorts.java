package org.trainingcrm.domain.people;

import java.util.Objects;

/** The people feature's ports (C7, C8). */
public record PeoplePorts(People people, MedicalNotes medicalNotes, Referrals referrals) {

    public PeoplePorts {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(medicalNotes, "medicalNotes");
        Objects.requireNonNull(referrals, "referrals");
    }
}

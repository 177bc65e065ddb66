package org.trainingcrm.domain.people;

import java.time.Instant;
import java.util.Objects;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.RuleViolation;

/** That a person was brought to the centre by another (C8); a person has one referrer at most. */
public class Referral {

    private PersonId person;
    private PersonId referrer;
    private Instant recordedAt;
    private UserId recordedBy;
    private long version;

    protected Referral() {
    }

    /**
     * @throws RuleViolation {@code referral.self} when the person would have brought themself
     */
    public Referral(PersonId person, PersonId referrer, UserId recordedBy, Instant recordedAt) {
        this.person = Objects.requireNonNull(person, "person");
        changeReferrer(referrer, recordedBy, recordedAt);
    }

    /** Names another referrer. */
    public void changeReferrer(PersonId newReferrer, UserId by, Instant at) {
        Objects.requireNonNull(newReferrer, "referrer");
        if (newReferrer.equals(person)) {
            throw new RuleViolation("referral.self", "person " + person + " cannot have brought themself");
        }
        referrer = newReferrer;
        recordedBy = Objects.requireNonNull(by, "recordedBy");
        recordedAt = Objects.requireNonNull(at, "recordedAt");
    }

    /** Who was brought. */
    public PersonId person() {
        return person;
    }

    /** Who brought them. */
    public PersonId referrer() {
        return referrer;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UserId recordedBy() {
        return recordedBy;
    }

    public long version() {
        return version;
    }
}

package org.trainingcrm.domain.people;

import java.util.Objects;

/**
 * A person who answers for a child (C7): a parent or guardian, with whether they may pick the
 * child up and whether they are the one the centre calls first. Immutable: a change is a new one.
 */
public class Guardian {

    private PersonId guardian;
    private GuardianRelation relation;
    private boolean mayPickUp;
    private boolean mainContact;

    protected Guardian() {
    }

    public Guardian(PersonId guardian, GuardianRelation relation, boolean mayPickUp, boolean mainContact) {
        this.guardian = Objects.requireNonNull(guardian, "guardian");
        this.relation = Objects.requireNonNull(relation, "relation");
        this.mayPickUp = mayPickUp;
        this.mainContact = mainContact;
    }

    /** The guardian, a person of their own. */
    public PersonId person() {
        return guardian;
    }

    public GuardianRelation relation() {
        return relation;
    }

    /** Whether the centre may hand the child over to this guardian after a lesson. */
    public boolean mayPickUp() {
        return mayPickUp;
    }

    /** Whether the centre calls this guardian first; a child has at most one such guardian. */
    public boolean isMainContact() {
        return mainContact;
    }

    /** The same guardian with the main-contact flag set as given. */
    public Guardian withMainContact(boolean main) {
        return new Guardian(guardian, relation, mayPickUp, main);
    }

    @Override
    public String toString() {
        return guardian + " (" + relation + (mayPickUp ? ", picks up" : "") + (mainContact ? ", main contact" : "")
                + ")";
    }
}

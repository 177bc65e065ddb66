package org.trainingcrm.domain.enrollment;

import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * How a student came to be registered (E1): by themself, on someone's behalf, or by their
 * employer; and who pays, which for a company may be another client than the employer.
 *
 * @param registeredByPerson who registered the student, for {@link RegistrationChannel#ON_BEHALF_OF_PERSON}
 * @param registeredByUser the member of staff, for {@link RegistrationChannel#ON_BEHALF_OF_USER}
 * @param employer the student's employer, for {@link RegistrationChannel#COMPANY}
 * @param payer the paying client, or null when the student pays themself
 */
public record Registration(RegistrationChannel channel, PersonId registeredByPerson, UserId registeredByUser,
        ClientId employer, ClientId payer) {

    public Registration {
        if (channel == null) {
            throw new InvalidValue("enrollment.channel", null, "is required");
        }
        if (channel == RegistrationChannel.ON_BEHALF_OF_PERSON && registeredByPerson == null) {
            throw new InvalidValue("enrollment.registeredByPerson", null, "is required when registered on a person's behalf");
        }
        if (channel == RegistrationChannel.ON_BEHALF_OF_USER && registeredByUser == null) {
            throw new InvalidValue("enrollment.registeredByUser", null, "is required when registered by staff");
        }
        if (channel == RegistrationChannel.COMPANY && employer == null) {
            throw new InvalidValue("enrollment.employer", null, "is required when a company registers");
        }
        if (channel != RegistrationChannel.ON_BEHALF_OF_PERSON) {
            registeredByPerson = null;
        }
        if (channel != RegistrationChannel.ON_BEHALF_OF_USER) {
            registeredByUser = null;
        }
        if (channel != RegistrationChannel.COMPANY) {
            employer = null;
        } else if (payer == null) {
            payer = employer;
        }
    }

    /** The student registers and pays themself. */
    public static Registration self() {
        return new Registration(RegistrationChannel.SELF, null, null, null, null);
    }

    /** Another person registers the student (a parent for a child); the student's side pays. */
    public static Registration onBehalfOf(PersonId registrant) {
        return new Registration(RegistrationChannel.ON_BEHALF_OF_PERSON, registrant, null, null, null);
    }

    /** A member of staff registers the student. */
    public static Registration byStaff(UserId user) {
        return new Registration(RegistrationChannel.ON_BEHALF_OF_USER, null, user, null, null);
    }

    /** The employer registers and pays. */
    public static Registration byCompany(ClientId employer) {
        return new Registration(RegistrationChannel.COMPANY, null, null, employer, employer);
    }

    /** The employer registers and another client pays (a holding, a sponsor). */
    public static Registration byCompany(ClientId employer, ClientId payer) {
        return new Registration(RegistrationChannel.COMPANY, null, null, employer, payer);
    }

    /** The same registration with another paying client. */
    public Registration paidBy(ClientId client) {
        return new Registration(channel, registeredByPerson, registeredByUser, employer, client);
    }
}

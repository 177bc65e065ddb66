package org.trainingcrm.domain.client;

import static org.trainingcrm.domain.client.ClientPermission.CLIENT_READ;
import static org.trainingcrm.domain.client.ClientPermission.CLIENT_WRITE;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.branch.BranchRecords;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.PeopleRecords;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.people.PersonId;

/** Use cases of the client card (C1, C2, C3, K7): register, revise, read, contacts, branch. */
public final class ClientService {

    private final Records<Client, ClientId> clients;
    private final Records<Person, PersonId> persons;
    private final Records<Branch, BranchId> branches;
    private final People people;
    private final Industries industries;
    private final UseCases useCases;

    public ClientService(ClientPorts ports, PeoplePorts people, BranchPorts branches, UseCases useCases) {
        this.clients = ClientRecords.clients(ports);
        this.persons = PeopleRecords.people(people);
        this.branches = BranchRecords.branches(branches);
        this.people = people.people();
        this.industries = ports.industries();
        this.useCases = useCases;
    }

    /** Registers a client in the actor's own branch. */
    public ClientId register(Actor actor, ClientForm form) {
        return register(actor, actor.branch(), form);
    }

    /** Registers a client in the given branch. */
    public ClientId register(Actor actor, BranchId branchId, ClientForm form) {
        return useCases.change(actor, CLIENT_WRITE, uc -> {
            Branch branch = BranchRecords.target(uc, branches, branchId);
            Client client = new Client(ClientId.newId(), branchId, checkedProfile(form, branch), uc.now());
            return uc.add(clients, client, client.id(), "client.register").id();
        });
    }

    /**
     * Replaces a client's details.
     *
     * @param expectedVersion the version of the card the user edited
     * @throws ConcurrentChange when someone changed the client since
     */
    public void revise(Actor actor, ClientId id, long expectedVersion, ClientForm form) {
        change(actor, id, expectedVersion, "client.revise",
                (uc, client) -> client.revise(checkedProfile(form, branchOf(uc, client))));
    }

    /** Hands a client over to another branch (K7). */
    public void moveToBranch(Actor actor, ClientId id, long expectedVersion, BranchId target) {
        useCases.perform(actor, CLIENT_WRITE, uc -> {
            BranchRecords.target(uc, branches, target);
            uc.edit(clients, id, expectedVersion, "client.moveToBranch", client -> client.moveTo(target));
        });
    }

    /** The client's card with its contacts. */
    public ClientCard card(Actor actor, ClientId id) {
        return useCases.read(actor, CLIENT_READ, uc -> {
            Client client = uc.load(clients, id);
            String industryName = client.industry().flatMap(industries::byId).map(Industry::name).orElse(null);
            Map<PersonId, Person> known = people.byIds(client.contacts().stream().map(Contact::person).toList())
                    .stream().collect(Collectors.toMap(Person::id, Function.identity()));
            List<ContactCard> contacts = client.contacts().stream()
                    .map(c -> new ContactCard(c.person(), known.get(c.person()).fullName(), c.position(),
                            c.phone(), c.email(), c.notes()))
                    .toList();
            return new ClientCard(client.id(), client.version(), client.branch(), client.profile(), industryName,
                    contacts, client.registeredAt());
        });
    }

    /** Adds a new person as a contact of the client (C3) and returns the person's id. */
    public PersonId addContact(Actor actor, ClientId id, long expectedVersion, PersonForm person,
            ContactForm role) {
        return useCases.change(actor, CLIENT_WRITE, uc -> {
            Client client = uc.load(clients, id);
            uc.expectVersion(clients, client, id, expectedVersion);
            String region = branchOf(uc, client).region();
            Person added = person.validate(PersonId.newId(), region);
            people.add(added);
            // a contact belongs to no branch: the log keeps only the name it was registered under
            uc.audit("person.register", persons.entity(), added.id(), null,
                    new AuditState().with("fullName", added.fullName()));
            uc.apply(clients, client, id, "client.addContact", c -> c.addContact(role.validate(added.id(), region)));
            return added.id();
        });
    }

    /** Makes a person the centre already knows a contact of one more client. */
    public void addContact(Actor actor, ClientId id, long expectedVersion, PersonId person, ContactForm role) {
        useCases.perform(actor, CLIENT_WRITE, uc -> {
            Client client = uc.load(clients, id);
            uc.expectVersion(clients, client, id, expectedVersion);
            uc.load(persons, person);
            uc.apply(clients, client, id, "client.addContact",
                    c -> c.addContact(role.validate(person, branchOf(uc, c).region())));
        });
    }

    /** Replaces a contact's position, work phone, e-mail and notes. */
    public void reviseContact(Actor actor, ClientId id, long expectedVersion, PersonId person, ContactForm role) {
        change(actor, id, expectedVersion, "client.reviseContact",
                (uc, client) -> client.reviseContact(role.validate(person, branchOf(uc, client).region())));
    }

    /** Ends a person's role at the client; the person stays known to the centre. */
    public void removeContact(Actor actor, ClientId id, long expectedVersion, PersonId person) {
        change(actor, id, expectedVersion, "client.removeContact", (uc, client) -> client.removeContact(person));
    }

    /** The whole template for one client, with the use case at hand for the branch's region. */
    private void change(Actor actor, ClientId id, long expectedVersion, String action,
            BiConsumer<UseCase, Client> change) {
        useCases.perform(actor, CLIENT_WRITE,
                uc -> uc.edit(clients, id, expectedVersion, action, client -> change.accept(uc, client)));
    }

    private ClientProfile checkedProfile(ClientForm form, Branch branch) {
        ClientProfile profile = form.validate(branch.region());
        if (profile.industry() != null && industries.byId(profile.industry()).isEmpty()) {
            throw new InvalidValue("client.industry", profile.industry(), "no such industry in the dictionary");
        }
        return profile;
    }

    private Branch branchOf(UseCase uc, Client client) {
        return uc.load(branches, client.branch());
    }
}

package org.trainingcrm.domain.client;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PersonForm;

/** Use cases of the client card (C1, C2, C3, K7): register, revise, read, contacts, branch. */
public final class ClientService {

    private final Clients clients;
    private final People people;
    private final Industries industries;
    private final Branches branches;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public ClientService(Clients clients, People people, Industries industries, Branches branches,
            AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.people = people;
        this.industries = industries;
        this.branches = branches;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a client in the actor's own branch. */
    public ClientId register(Actor actor, ClientForm form) {
        return register(actor, actor.branch(), form);
    }

    /** Registers a client in the given branch. */
    public ClientId register(Actor actor, BranchId branchId, ClientForm form) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.CLIENT_WRITE, branchId);
            Branch branch = branches.byId(branchId).orElseThrow(() -> new NotFound("branch", branchId));
            ClientProfile profile = checkedProfile(form, branch);
            Client client = new Client(ClientId.newId(), branchId, profile, clock.instant());
            clients.add(client);
            record(actor, "client.register", client, null);
            return client.id();
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
                client -> client.revise(checkedProfile(form, branchOf(client))));
    }

    /** Hands a client over to another branch (K7). */
    public void moveToBranch(Actor actor, ClientId id, long expectedVersion, BranchId target) {
        transactions.run(() -> {
            access.require(actor, ClientPermission.CLIENT_WRITE, target);
            branches.byId(target).orElseThrow(() -> new NotFound("branch", target));
            changeInTransaction(actor, id, expectedVersion, "client.moveToBranch", client -> client.moveTo(target));
        });
    }

    /** The client's card with its contacts. */
    public ClientCard card(Actor actor, ClientId id) {
        return transactions.inTransaction(() -> {
            Client client = visibleClient(actor, ClientPermission.CLIENT_READ, id);
            String industryName = client.industry().flatMap(industries::byId).map(Industry::name).orElse(null);
            Map<PersonId, Person> persons = people.byIds(client.contacts().stream().map(Contact::person).toList())
                    .stream().collect(Collectors.toMap(Person::id, Function.identity()));
            List<ContactCard> contacts = client.contacts().stream()
                    .map(c -> new ContactCard(c.person(), persons.get(c.person()).fullName(), c.position(),
                            c.phone(), c.email(), c.notes()))
                    .toList();
            return new ClientCard(client.id(), client.version(), client.branch(), client.profile(), industryName,
                    contacts, client.registeredAt());
        });
    }

    /** Adds a new person as a contact of the client (C3) and returns the person's id. */
    public PersonId addContact(Actor actor, ClientId id, long expectedVersion, PersonForm person,
            ContactForm role) {
        return transactions.inTransaction(() -> {
            Client client = visibleClient(actor, ClientPermission.CLIENT_WRITE, id);
            String region = branchOf(client).region();
            Person added = person.validate(PersonId.newId(), region);
            people.add(added);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "person.register", "person", added.id(),
                    null, new AuditState().with("fullName", added.fullName())));
            changeInTransaction(actor, id, expectedVersion, "client.addContact",
                    c -> c.addContact(role.validate(added.id(), region)));
            return added.id();
        });
    }

    /** Makes a person the centre already knows a contact of one more client. */
    public void addContact(Actor actor, ClientId id, long expectedVersion, PersonId person, ContactForm role) {
        transactions.run(() -> {
            people.byId(person).orElseThrow(() -> new NotFound("person", person));
            change(actor, id, expectedVersion, "client.addContact",
                    client -> client.addContact(role.validate(person, branchOf(client).region())));
        });
    }

    /** Replaces a contact's position, work phone, e-mail and notes. */
    public void reviseContact(Actor actor, ClientId id, long expectedVersion, PersonId person, ContactForm role) {
        change(actor, id, expectedVersion, "client.reviseContact",
                client -> client.reviseContact(role.validate(person, branchOf(client).region())));
    }

    /** Ends a person's role at the client; the person stays known to the centre. */
    public void removeContact(Actor actor, ClientId id, long expectedVersion, PersonId person) {
        change(actor, id, expectedVersion, "client.removeContact", client -> client.removeContact(person));
    }

    private void change(Actor actor, ClientId id, long expectedVersion, String action,
            java.util.function.Consumer<Client> change) {
        transactions.run(() -> changeInTransaction(actor, id, expectedVersion, action, change));
    }

    private void changeInTransaction(Actor actor, ClientId id, long expectedVersion, String action,
            java.util.function.Consumer<Client> change) {
        Client client = visibleClient(actor, ClientPermission.CLIENT_WRITE, id);
        if (client.version() != expectedVersion) {
            throw new ConcurrentChange("client", id,
                    "edited version " + expectedVersion + " but the stored one is " + client.version());
        }
        AuditState before = client.auditState();
        change.accept(client);
        clients.update(client);
        record(actor, action, client, before);
    }

    private Client visibleClient(Actor actor, Permission permission, ClientId id) {
        return access.visible(actor, permission, "client", id, () -> clients.byId(id), Client::branch);
    }

    private ClientProfile checkedProfile(ClientForm form, Branch branch) {
        ClientProfile profile = form.validate(branch.region());
        if (profile.industry() != null && industries.byId(profile.industry()).isEmpty()) {
            throw new InvalidValue("client.industry", profile.industry(), "no such industry in the dictionary");
        }
        return profile;
    }

    private Branch branchOf(Client client) {
        return branches.byId(client.branch()).orElseThrow(() -> new NotFound("branch", client.branch()));
    }

    private void record(Actor actor, String action, Client client, AuditState before) {
        audit.record(new AuditEntry(clock.instant(), actor.user(), action, "client", client.id(), before,
                client.auditState()));
    }
}

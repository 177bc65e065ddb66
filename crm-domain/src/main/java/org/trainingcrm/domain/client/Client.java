package org.trainingcrm.domain.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.kernel.TaxId;
import org.trainingcrm.domain.people.PersonId;

/** A client of the centre: an organisation or a private person, with its contacts. */
public class Client {

    /** Longest name suffix kept for the "name contains" index; longer queries are re-checked. */
    public static final int SUFFIX_LENGTH = 24;

    private ClientId id;
    private BranchId branch;
    private ClientKind kind;
    private String shortName;
    private String fullName;
    private String nameKey;
    private List<String> nameSuffixes = new ArrayList<>();
    private SortKeys nameSort;
    private String address;
    private Country taxCountry;
    private String taxId;
    private String phone;
    private String fax;
    private String email;
    private String website;
    private IndustryId industry;
    private List<Contact> contacts = new ArrayList<>();
    private Instant registeredAt;
    private long version;

    protected Client() {
    }

    public Client(ClientId id, BranchId branch, ClientProfile profile, Instant registeredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.branch = Objects.requireNonNull(branch, "branch");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        revise(profile);
    }

    /** Replaces the card's details with the given ones. */
    public void revise(ClientProfile profile) {
        kind = profile.kind();
        if (nameSort == null || !profile.shortName().equals(shortName)) {
            nameSort = SortKeys.of(profile.shortName());
        }
        shortName = profile.shortName();
        fullName = profile.fullName();
        address = profile.address();
        taxCountry = profile.taxId() == null ? null : profile.taxId().country();
        taxId = profile.taxId() == null ? null : profile.taxId().value();
        phone = profile.phone() == null ? null : profile.phone().e164();
        fax = profile.fax() == null ? null : profile.fax().e164();
        email = profile.email() == null ? null : profile.email().value();
        website = profile.website();
        industry = profile.industry();
        String key = SearchKey.of(shortName);
        if (!key.equals(nameKey)) {
            nameKey = key;
            nameSuffixes.clear();
            nameSuffixes.addAll(SearchKey.suffixes(key, SUFFIX_LENGTH));
        }
    }

    /** Hands the client over to another branch. */
    public void moveTo(BranchId newBranch) {
        branch = Objects.requireNonNull(newBranch, "branch");
    }

    /** Records a person's role at this client; a person holds one role per client. */
    public void addContact(Contact contact) {
        if (contactOf(contact.person()).isPresent()) {
            throw new RuleViolation("client.contact.duplicate",
                    "person " + contact.person() + " is already a contact of client " + id);
        }
        contacts.add(contact);
    }

    /** Replaces the details of a person's role at this client. */
    public void reviseContact(Contact contact) {
        Contact existing = contactOf(contact.person()).orElseThrow(() -> notAContact(contact.person()));
        contacts.set(contacts.indexOf(existing), contact);
    }

    public void removeContact(PersonId person) {
        Contact existing = contactOf(person).orElseThrow(() -> notAContact(person));
        contacts.remove(existing);
    }

    public Optional<Contact> contactOf(PersonId person) {
        return contacts.stream().filter(c -> c.person().equals(person)).findFirst();
    }

    public ClientProfile profile() {
        return new ClientProfile(kind, shortName, fullName, address, taxId().orElse(null),
                phone == null ? null : new PhoneNumber(phone), fax == null ? null : new PhoneNumber(fax),
                email == null ? null : new Email(email), website, industry);
    }

    public ClientId id() {
        return id;
    }

    public BranchId branch() {
        return branch;
    }

    public ClientKind kind() {
        return kind;
    }

    public String shortName() {
        return shortName;
    }

    /** The short name in search form (case folded, accents stripped). */
    public String nameKey() {
        return nameKey;
    }

    /** The keys lists of clients are sorted by, made from the short name. */
    public SortKeys nameSort() {
        return nameSort;
    }

    /** The suffixes of {@link #nameKey()} that the "contains" search looks up. */
    public List<String> nameSuffixes() {
        return List.copyOf(nameSuffixes);
    }

    public Optional<TaxId> taxId() {
        return taxId == null ? Optional.empty() : Optional.of(new TaxId(taxCountry, taxId));
    }

    public Optional<IndustryId> industry() {
        return Optional.ofNullable(industry);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }

    /** The audited fields of the client now. */
    public AuditState auditState() {
        return new AuditState()
                .with("branch", branch)
                .with("kind", kind)
                .with("shortName", shortName)
                .with("fullName", fullName)
                .with("address", address)
                .with("taxId", taxId == null ? null : taxCountry.code() + ":" + taxId)
                .with("phone", phone)
                .with("fax", fax)
                .with("email", email)
                .with("website", website)
                .with("industry", industry)
                .withAll("contacts", contacts);
    }

    private RuleViolation notAContact(PersonId person) {
        return new RuleViolation("client.contact.unknown", "person " + person + " is not a contact of client " + id);
    }
}

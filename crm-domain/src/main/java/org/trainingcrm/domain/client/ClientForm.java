package org.trainingcrm.domain.client;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.Email;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.TaxId;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A client card as a user typed it: free text, checked field by field into a
 * {@link ClientProfile}, every refusal naming its field ({@code client.taxId}, ...).
 */
public final class ClientForm {

    private final ClientKind kind;
    private String shortName;
    private String fullName;
    private String address;
    private String taxCountry;
    private String taxId;
    private String phone;
    private String fax;
    private String email;
    private String website;
    private IndustryId industry;

    private ClientForm(ClientKind kind) {
        this.kind = kind;
    }

    public static ClientForm organisation(String shortName) {
        return new ClientForm(ClientKind.ORGANISATION).shortName(shortName);
    }

    public static ClientForm person(String fullName) {
        return new ClientForm(ClientKind.PERSON).shortName(fullName);
    }

    public static ClientForm of(ClientKind kind) {
        return new ClientForm(kind);
    }

    public ClientForm shortName(String value) {
        shortName = value;
        return this;
    }

    public ClientForm fullName(String value) {
        fullName = value;
        return this;
    }

    public ClientForm address(String value) {
        address = value;
        return this;
    }

    /** A tax id of the branch's country. */
    public ClientForm taxId(String value) {
        taxId = value;
        return this;
    }

    /** A tax id of the given country (ISO code, such as {@code KZ}). */
    public ClientForm taxId(String countryCode, String value) {
        taxCountry = countryCode;
        taxId = value;
        return this;
    }

    public ClientForm phone(String value) {
        phone = value;
        return this;
    }

    public ClientForm fax(String value) {
        fax = value;
        return this;
    }

    public ClientForm email(String value) {
        email = value;
        return this;
    }

    public ClientForm website(String value) {
        website = value;
        return this;
    }

    public ClientForm industry(IndustryId value) {
        industry = value;
        return this;
    }

    /**
     * Checks every field; phones without a country code and tax ids without a country are read
     * as of the given region (ISO 3166 code, the branch's).
     *
     * @throws InvalidValue when one field is refused
     * @throws org.trainingcrm.domain.kernel.InvalidValues when several are
     */
    public ClientProfile validate(String region) {
        Validation check = Validation.of("client");
        if (kind == null) {
            check.refuse("kind", null, "is required");
        }
        String name = check.field("shortName", () -> Text.required("shortName", shortName, 300));
        String full = check.field("fullName", () -> Text.optional("fullName", fullName, 500));
        String where = check.field("address", () -> Text.optional("address", address, 500));
        TaxId tax = check.field("taxId", () -> taxId == null || taxId.isBlank() ? null : parseTaxId(region));
        PhoneNumber tel = check.field("phone", () -> blank(phone) ? null : PhoneNumber.parse(phone, region));
        PhoneNumber faxNumber = check.field("fax", () -> blank(fax) ? null : PhoneNumber.parse(fax, region));
        Email mail = check.field("email", () -> blank(email) ? null : Email.parse(email));
        String site = check.field("website", () -> blank(website) ? null : checkedWebsite(website));
        check.throwIfInvalid();
        return new ClientProfile(kind, name, full, where, tax, tel, faxNumber, mail, site, industry);
    }

    private TaxId parseTaxId(String region) {
        String code = blank(taxCountry) ? region : taxCountry;
        Country country;
        try {
            country = Country.fromCode(code);
        } catch (InvalidValue unknown) {
            throw new InvalidValue("taxId", taxId, "tax ids of country '" + code + "' are not supported");
        }
        return TaxId.parse(country, taxId);
    }

    private static String checkedWebsite(String raw) {
        String text = Text.optional("website", raw, 300);
        String withScheme = text.contains("://") ? text : "https://" + text;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidValue("website", raw, "must be an http or https address");
            }
            // java.net.URI leaves the host of an internationalised name such as пример.рф unset
            String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
            if (host == null || !IDN.toASCII(host).contains(".")) {
                throw new InvalidValue("website", raw, "has no host name");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidValue("website", raw, "is not a web address");
        }
        return text;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

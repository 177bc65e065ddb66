package org.trainingcrm.domain.kernel;

import java.util.Locale;
import org.trainingcrm.domain.kernel.taxid.ChineseUscc;
import org.trainingcrm.domain.kernel.taxid.KazakhBinIin;
import org.trainingcrm.domain.kernel.taxid.RussianInn;
import org.trainingcrm.domain.kernel.taxid.SpanishTaxId;
import org.trainingcrm.domain.kernel.taxid.UkrainianTaxId;

/** A country the CRM serves clients in, with the rules for its tax numbers. */
public enum Country {
    RU("RU", new RussianInn()),
    UA("UA", new UkrainianTaxId()),
    KZ("KZ", new KazakhBinIin()),
    CN("CN", new ChineseUscc()),
    ES("ES", new SpanishTaxId());

    private final String code;
    private final TaxIdRules taxIdRules;

    Country(String code, TaxIdRules taxIdRules) {
        this.code = code;
        this.taxIdRules = taxIdRules;
    }

    /** The ISO 3166-1 alpha-2 code, such as {@code "RU"}. */
    public String code() {
        return code;
    }

    /** The rules this country's tax numbers follow. */
    public TaxIdRules taxIdRules() {
        return taxIdRules;
    }

    /**
     * Finds the country with the given ISO 3166-1 alpha-2 code, ignoring case and surrounding spaces.
     *
     * @throws InvalidValue under the field {@code country} if the code is missing or not served
     */
    public static Country fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("country", code, "is required");
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (Country country : values()) {
            if (country.code.equals(wanted)) {
                return country;
            }
        }
        throw new InvalidValue("country", code, "is not a supported country code");
    }
}

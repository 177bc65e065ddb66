package org.trainingcrm.domain.kernel;

/** Which kind of tax number a {@link TaxId} is, within its country. */
public enum TaxIdKind {
    /** Russian INN of an organisation: 10 digits. */
    RU_INN_LEGAL,
    /** Russian INN of a person or sole trader: 12 digits. */
    RU_INN_PERSON,
    /** Ukrainian EDRPOU code of an organisation: 8 digits. */
    UA_EDRPOU,
    /** Ukrainian RNOKPP (IPN) of a person: 10 digits. */
    UA_IPN,
    /** Kazakh BIN of an organisation or joint venture: 12 digits, fifth digit 4, 5 or 6. */
    KZ_BIN,
    /** Kazakh IIN of a person: 12 digits starting with the date of birth. */
    KZ_IIN,
    /** Chinese Unified Social Credit Code (GB 32100-2015): 18 characters. */
    CN_USCC,
    /** Spanish NIF of a citizen (DNI number): 8 digits and a control letter. */
    ES_NIF,
    /** Spanish NIE of a foreigner: X, Y or Z, 7 digits and a control letter. */
    ES_NIE,
    /** Spanish NIF of an organisation (formerly CIF): a letter, 7 digits and a control character. */
    ES_CIF;

    /** The country that issues numbers of this kind. */
    public Country country() {
        return switch (this) {
            case RU_INN_LEGAL, RU_INN_PERSON -> Country.RU;
            case UA_EDRPOU, UA_IPN -> Country.UA;
            case KZ_BIN, KZ_IIN -> Country.KZ;
            case CN_USCC -> Country.CN;
            case ES_NIF, ES_NIE, ES_CIF -> Country.ES;
        };
    }
}

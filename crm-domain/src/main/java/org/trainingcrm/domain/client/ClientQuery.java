package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.PageRequest;

/**
 * What a user searches the client base by (C5); every given criterion must hold. Matching is
 * case-insensitive and ignores accents in any script.
 *
 * @param name text of the short name, or null
 * @param nameMatch how {@code name} matches
 * @param industry the industry, or null
 * @param position the beginning of a contact's position, or null
 * @param phone a phone in any format, matched against the client's phone and fax and its
 *     contacts' phones, or null
 * @param taxId a tax number, spaces and hyphens ignored, or null
 * @param page which page of the result, sorted by name in the user's locale
 */
public record ClientQuery(String name, NameMatch nameMatch, IndustryId industry, String position, String phone,
        String taxId, PageRequest page) {

    /** Every visible client, first page of 50. */
    public static ClientQuery all() {
        return new ClientQuery(null, NameMatch.PREFIX, null, null, null, null, PageRequest.first(50));
    }

    public ClientQuery nameStartsWith(String text) {
        return new ClientQuery(text, NameMatch.PREFIX, industry, position, phone, taxId, page);
    }

    public ClientQuery nameContains(String text) {
        return new ClientQuery(text, NameMatch.CONTAINS, industry, position, phone, taxId, page);
    }

    public ClientQuery inIndustry(IndustryId value) {
        return new ClientQuery(name, nameMatch, value, position, phone, taxId, page);
    }

    public ClientQuery withContactPosition(String value) {
        return new ClientQuery(name, nameMatch, industry, value, phone, taxId, page);
    }

    public ClientQuery withPhone(String value) {
        return new ClientQuery(name, nameMatch, industry, position, value, taxId, page);
    }

    public ClientQuery withTaxId(String value) {
        return new ClientQuery(name, nameMatch, industry, position, phone, value, page);
    }

    public ClientQuery page(int number, int size) {
        return new ClientQuery(name, nameMatch, industry, position, phone, taxId, new PageRequest(number, size));
    }
}

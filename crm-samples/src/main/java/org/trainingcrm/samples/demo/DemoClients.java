package org.trainingcrm.samples.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.bulk.NewClient;
import org.trainingcrm.domain.bulk.NewContact;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.client.IndustryId;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.kernel.Country;

/**
 * Draws the client cards of one office for the bulk load: organisations with one to three
 * contacts, private learners with a guardian now and then, each with a responsible manager on
 * the "courses" line and organisations often on "corporate" too.
 */
final class DemoClients {

    static final ServiceLine COURSES = new ServiceLine("courses");
    static final ServiceLine CORPORATE = new ServiceLine("corporate");

    private final DemoOffice office;
    private final List<IndustryId> industries;
    private final DemoPeople people;
    private final DemoPhones phones;
    private final DemoTaxIds taxIds;
    private final Random random;

    DemoClients(DemoOffice office, List<IndustryId> industries, DemoPeople people, Random random) {
        this.office = office;
        this.industries = List.copyOf(industries);
        this.people = people;
        this.phones = new DemoPhones(random);
        this.taxIds = new DemoTaxIds(random);
        this.random = random;
    }

    /** The next client row; seven in ten are organisations. */
    NewClient next() {
        List<DemoLanguage> languages = office.plan().languages();
        DemoLanguage language = languages.get(random.nextInt(languages.size()));
        // Chinese partners of the centre keep their Chinese numbers and registration codes
        Country country = language == DemoLanguage.ZH ? Country.CN : office.plan().country();
        return random.nextInt(10) < 7 ? organisation(language, country) : person(language, country);
    }

    private NewClient organisation(DemoLanguage language, Country country) {
        String name = people.organisationName(language);
        String domain = people.domain(name, language);
        ClientForm card = ClientForm.organisation(name)
                .address(people.address(language))
                .taxId(country.code(), taxIds.organisation(country))
                .phone(phones.landline(country))
                .email("info@" + domain)
                .website("www." + domain)
                .industry(industries.get(random.nextInt(industries.size())));
        if (random.nextInt(100) < 15) {
            card.fax(phones.landline(country));
        }
        List<NewContact> contacts = new ArrayList<>();
        List<String> positions = new ArrayList<>(language.positions());
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String person = people.personName(language);
            String position = positions.remove(random.nextInt(positions.size()));
            contacts.add(new NewContact(
                    new PersonForm(person, chance(50) ? phones.mobile(country) : null,
                            chance(30) ? people.personalEmail(person, language) : null),
                    new ContactForm(position, chance(60) ? phones.landline(country) : null,
                            people.workEmail(person, domain), null)));
        }
        Map<ServiceLine, UserId> managers = new LinkedHashMap<>();
        managers.put(COURSES, courseManager());
        if (chance(40)) {
            managers.put(CORPORATE, office.managers().get(random.nextInt(office.managers().size())));
        }
        return new NewClient(card, contacts, managers);
    }

    private NewClient person(DemoLanguage language, Country country) {
        String name = people.personName(language);
        String mobile = phones.mobile(country);
        String email = people.personalEmail(name, language);
        ClientForm card = ClientForm.person(name)
                .address(people.address(language))
                .phone(mobile)
                .email(email);
        if (chance(60)) {
            taxIds.person(country).ifPresent(taxId -> card.taxId(country.code(), taxId));
        }
        if (chance(50)) {
            card.industry(industries.get(random.nextInt(industries.size())));
        }
        List<NewContact> contacts = new ArrayList<>();
        contacts.add(new NewContact(new PersonForm(name, mobile, email),
                new ContactForm(language.studentPosition(), null, null, null)));
        if (chance(25)) {
            String guardian = people.personName(language);
            contacts.add(new NewContact(new PersonForm(guardian, phones.mobile(country), null),
                    new ContactForm(language.guardianPosition(), null, null, null)));
        }
        return new NewClient(card, contacts, Map.of(COURSES, courseManager()));
    }

    /** A manager drawn by the shares of the plan: seniors hold more clients than newcomers. */
    private UserId courseManager() {
        int draw = random.nextInt(office.shares().stream().mapToInt(Integer::intValue).sum());
        for (int i = 0; i < office.managers().size(); i++) {
            draw -= office.shares().get(i);
            if (draw < 0) {
                return office.managers().get(i);
            }
        }
        throw new IllegalStateException("shares drawn past their sum");
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}

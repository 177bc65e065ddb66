package org.trainingcrm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.bulk.NewClient;
import org.trainingcrm.domain.bulk.NewContact;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.kernel.Country;

/**
 * Realistic rows for a Russian branch, made up front from a fixed seed: Cyrillic and Latin
 * names, phones in the ways people type them, valid INNs, one or two contacts and a manager.
 *
 * <p>The same rows feed both benchmarks: the CRM gets them as typed ({@link NewClient}), raw JDBC
 * gets them as {@link PreparedRows}, the column values the CRM itself would store.
 */
final class ClientRows {

    static final String REGION = "RU";
    static final ServiceLine COURSES = ServiceLine.of("courses");

    private static final String[] FORMS = {"ООО", "АО", "ПАО", "ООО", "ООО"};
    private static final String[] FORMS_IN_FULL = {"Общество с ограниченной ответственностью", "Акционерное общество",
            "Публичное акционерное общество", "Общество с ограниченной ответственностью",
            "Общество с ограниченной ответственностью"};
    private static final String[][] WORDS = {
            {"Альфа", "alfa"}, {"Вектор", "vektor"}, {"Ромашка", "romashka"}, {"Техносфера", "tehnosfera"},
            {"Гранит", "granit"}, {"Меридиан", "meridian"}, {"Восход", "voshod"}, {"Каскад", "kaskad"},
            {"Ёлка", "yolka"}, {"Сибирь", "sibir"}, {"Волга", "volga"}, {"Орион", "orion"},
            {"Northwind", "northwind"}, {"Globex", "globex"}, {"Initech", "initech"}, {"Müller & Söhne", "mueller"}};
    private static final String[][] TRADES = {
            {"Трейд", "trade"}, {"Консалт", "consult"}, {"Строй", "stroy"}, {"Софт", "soft"},
            {"Логистик", "logistic"}, {"Медиа", "media"}, {"Systems", "systems"}, {"Partners", "partners"}};
    private static final String[] STREETS = {"ул. Ленина", "Тверская ул.", "пр-т Мира", "ул. Садовая-Кудринская",
            "Ленинградский пр-т", "ул. Большая Дмитровка"};
    private static final String[][] SURNAMES = {
            {"Иванов", "Иванова", "ivanov"}, {"Петров", "Петрова", "petrov"}, {"Смирнов", "Смирнова", "smirnov"},
            {"Кузнецов", "Кузнецова", "kuznetsov"}, {"Соловьёв", "Соловьёва", "solovyov"},
            {"Попов", "Попова", "popov"}, {"Fischer", "Fischer", "fischer"}, {"García", "García", "garcia"}};
    private static final String[][] NAMES = {
            {"Сергей", "Николаевич"}, {"Алексей", "Петрович"}, {"Дмитрий", "Игоревич"}, {"Мария", "Сергеевна"},
            {"Анна", "Викторовна"}, {"Ольга", "Андреевна"}};
    private static final String[] POSITIONS = {"Генеральный директор", "Главный бухгалтер", "Менеджер по персоналу",
            "Руководитель отдела обучения", "HR business partner", "Office manager"};
    private static final String[] CITY_CODES = {"495", "499", "812", "343"};
    private static final String[] MOBILE_CODES = {"916", "903", "925", "921", "985"};

    private final List<NewClient> forms;
    private final PreparedRows prepared;

    private ClientRows(List<NewClient> forms, PreparedRows prepared) {
        this.forms = List.copyOf(forms);
        this.prepared = prepared;
    }

    /** The given number of rows, every client managed by the given manager. */
    static ClientRows generate(int count, long seed, BranchId branch, UserId manager) {
        Random random = new Random(seed);
        List<NewClient> forms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            forms.add(random.nextInt(5) == 0 ? privatePerson(random, i, manager) : organisation(random, i, manager));
        }
        return new ClientRows(forms, PreparedRows.of(forms, branch, REGION));
    }

    /** The rows as a user or a spreadsheet gives them. */
    List<NewClient> forms() {
        return forms;
    }

    /** The same rows as the column values the CRM stores. */
    PreparedRows prepared() {
        return prepared;
    }

    private static NewClient organisation(Random random, int i, UserId manager) {
        int form = random.nextInt(FORMS.length);
        String[] word = pick(random, WORDS);
        String[] trade = pick(random, TRADES);
        String name = word[0] + " " + trade[0] + "-" + i;
        String domain = word[1] + trade[1] + i + ".ru";
        ClientForm client = ClientForm.organisation(FORMS[form] + " «" + name + "»")
                .fullName(FORMS_IN_FULL[form] + " «" + name + "»")
                .address("г. Москва, " + pick(random, STREETS) + ", д. " + (1 + random.nextInt(120))
                        + ", оф. " + (100 + random.nextInt(800)))
                .taxId(Country.RU.taxIdRules().withCheckCharacters("77" + digits(random, 7)))
                .phone(cityPhone(random))
                .email("info@" + domain)
                .website("www." + domain);
        if (random.nextBoolean()) {
            client.fax(cityPhone(random));
        }
        List<NewContact> contacts = new ArrayList<>();
        int people = 1 + random.nextInt(2);
        for (int k = 0; k < people; k++) {
            contacts.add(contact(random, domain));
        }
        return new NewClient(client, contacts, Map.of(COURSES, manager));
    }

    private static NewClient privatePerson(Random random, int i, UserId manager) {
        String[] surname = pick(random, SURNAMES);
        String[] name = pick(random, NAMES);
        ClientForm client = ClientForm.person(fullName(surname, name))
                .taxId(Country.RU.taxIdRules().withCheckCharacters("50" + digits(random, 8)))
                .phone(mobilePhone(random))
                .email(surname[2] + i + "@mail.ru");
        // a private client is usually their own contact
        NewContact self = new NewContact(new PersonForm(fullName(surname, name), mobilePhone(random), null),
                new ContactForm(null, null, null, "звонить после 18:00"));
        return new NewClient(client, List.of(self), Map.of(COURSES, manager));
    }

    private static NewContact contact(Random random, String domain) {
        String[] surname = pick(random, SURNAMES);
        String[] name = pick(random, NAMES);
        String email = surname[2] + "." + random.nextInt(100) + "@" + domain;
        PersonForm person = new PersonForm(fullName(surname, name), mobilePhone(random), null);
        ContactForm role = new ContactForm(pick(random, POSITIONS), cityPhone(random), email,
                random.nextInt(4) == 0 ? "предпочитает e-mail" : null);
        return new NewContact(person, role);
    }

    private static String fullName(String[] surname, String[] name) {
        boolean female = name[1].endsWith("на");
        return (female ? surname[1] : surname[0]) + " " + name[0] + " " + name[1];
    }

    /** A city number as typed in Russia: "8 (495) 123-45-67". */
    private static String cityPhone(Random random) {
        String code = CITY_CODES[random.nextInt(CITY_CODES.length)];
        String number = (2 + random.nextInt(8)) + digits(random, 6);
        return "8 (" + code + ") " + number.substring(0, 3) + "-" + number.substring(3, 5) + "-" + number.substring(5);
    }

    /** A mobile number as typed internationally: "+7 916 123 45 67". */
    private static String mobilePhone(Random random) {
        String number = digits(random, 7);
        return "+7 " + MOBILE_CODES[random.nextInt(MOBILE_CODES.length)] + " " + number.substring(0, 3) + " "
                + number.substring(3, 5) + " " + number.substring(5);
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}

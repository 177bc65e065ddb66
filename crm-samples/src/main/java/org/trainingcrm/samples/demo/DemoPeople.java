package org.trainingcrm.samples.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Names, addresses, e-mails and websites in the clients' languages, drawn by Datafaker from
 * seeded random sources so that every run draws the same centre.
 */
final class DemoPeople {

    private static final List<String> CHINESE_TRADES = List.of("科技", "教育科技", "贸易", "咨询", "物流", "医药",
            "信息技术");

    private final Map<DemoLanguage, Faker> fakers = new EnumMap<>(DemoLanguage.class);
    private final Random random;

    DemoPeople(long seed, Random random) {
        for (DemoLanguage language : DemoLanguage.values()) {
            fakers.put(language, new Faker(language.locale(), new Random(seed + language.ordinal())));
        }
        this.random = random;
    }

    /** A person's full name as people of the language write it. */
    String personName(DemoLanguage language) {
        Faker faker = fakers.get(language);
        return switch (language) {
            // Datafaker's full names agree in gender (Иванова Мария, not Иванова Иван)
            case RU, UK, ZH -> faker.name().fullName();
            // two surnames, as Spanish names have
            case ES -> faker.name().firstName() + " " + faker.name().lastName() + " " + faker.name().lastName();
            // first and last only: Datafaker's English full names carry titles such as "DDS"
            case EN -> faker.name().firstName() + " " + faker.name().lastName();
        };
    }

    /** An organisation's short name, such as "ООО ТюменьСнаб" or "北京振家科技有限公司". */
    String organisationName(DemoLanguage language) {
        Faker faker = fakers.get(language);
        if (language == DemoLanguage.ZH) {
            // Datafaker's Chinese company names are English patterns around surnames ("柳, 酆 and 梅")
            return faker.address().city() + faker.name().firstName()
                    + CHINESE_TRADES.get(random.nextInt(CHINESE_TRADES.size())) + "有限公司";
        }
        return faker.company().name();
    }

    String address(DemoLanguage language) {
        return fakers.get(language).address().fullAddress();
    }

    /** A web domain for an organisation, its name in Latin letters where that works. */
    String domain(String organisationName, DemoLanguage language) {
        String slug = DemoLatin.slug(organisationName, "-");
        if (slug.length() < 3) {
            slug = fakers.get(DemoLanguage.EN).internet().domainWord();
        }
        return (slug.length() > 30 ? slug.substring(0, 30) : slug).replaceAll("-+$", "") + language.webDomain();
    }

    /** A private address at a mail provider popular in the language's country. */
    String personalEmail(String fullName, DemoLanguage language) {
        List<String> providers = language.mailProviders();
        String provider = providers.get(random.nextInt(providers.size()));
        String local = localPart(fullName);
        if (local.isEmpty()) {
            // mail in China is often a QQ number
            local = String.valueOf(10_000 + random.nextInt(2_000_000_000 - 10_000));
        }
        return local + (random.nextInt(3) == 0 ? String.valueOf(random.nextInt(100)) : "") + "@" + provider;
    }

    /** A work address at the organisation's domain. */
    String workEmail(String fullName, String domain) {
        String local = localPart(fullName);
        return (local.isEmpty() ? "staff" + (100 + random.nextInt(900)) : local) + "@" + domain;
    }

    private static String localPart(String fullName) {
        String local = DemoLatin.slug(fullName, ".");
        // an address's local part may hold 64 characters; long Spanish names come close
        return local.length() <= 40 ? local : local.substring(0, 40).replaceAll("\\.+$", "");
    }
}

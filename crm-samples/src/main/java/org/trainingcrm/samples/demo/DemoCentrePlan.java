package org.trainingcrm.samples.demo;

import static org.trainingcrm.samples.demo.DemoLanguage.EN;
import static org.trainingcrm.samples.demo.DemoLanguage.ES;
import static org.trainingcrm.samples.demo.DemoLanguage.RU;
import static org.trainingcrm.samples.demo.DemoLanguage.UK;
import static org.trainingcrm.samples.demo.DemoLanguage.ZH;

import java.util.List;
import java.util.Locale;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.Country;

/**
 * The demo centre as it should stand after the first run: its offices, its staff and the
 * industries the staff of each office put into the dictionary. Names and logins are stable, so
 * a later run finds everything again.
 */
final class DemoCentrePlan {

    static final String ADMINISTRATOR = "admin";

    /**
     * One office of the centre.
     *
     * @param share its part of the client base, in percent
     * @param languages the languages of its clients, each slot one tenth of them
     * @param industries the industries its staff define, in the office's language
     */
    record Office(String name, Country country, boolean headOffice, int share, List<DemoLanguage> languages,
            List<String> industries) {
    }

    /**
     * One member of staff, with a login that stays the same from run to run.
     *
     * @param share a manager's part of the office's clients on the "courses" line, in percent
     */
    record Staff(String login, String name, String office, Role role, Locale locale, int share) {
    }

    static final Office MOSCOW = new Office("Головной офис, Москва", Country.RU, true, 40,
            List.of(RU, RU, RU, RU, RU, RU, ZH, ZH, EN, UK),
            List.of("Образование", "Банки и финансы", "Медицина", "Строительство"));
    static final Office KYIV = new Office("Філія Київ", Country.UA, false, 30,
            List.of(UK, UK, UK, UK, UK, UK, RU, RU, EN, ZH),
            List.of("Інформаційні технології", "Сільське господарство", "Роздрібна торгівля", "Логістика"));
    static final Office MADRID = new Office("Sucursal Madrid", Country.ES, false, 30,
            List.of(ES, ES, ES, ES, ES, ES, EN, EN, ZH, RU),
            List.of("Hostelería y turismo", "Energía", "Industria alimentaria", "Administración pública"));

    static final List<Office> OFFICES = List.of(MOSCOW, KYIV, MADRID);

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static final List<Staff> STAFF = List.of(
            new Staff(ADMINISTRATOR, "Ольга Смирнова", MOSCOW.name(), Role.ADMINISTRATOR, RUSSIAN, 0),
            new Staff("m.ivanova", "Мария Иванова", MOSCOW.name(), Role.MANAGER, RUSSIAN, 50),
            new Staff("d.petrov", "Дмитрий Петров", MOSCOW.name(), Role.MANAGER, RUSSIAN, 38),
            // joined last month, so she holds the fewest clients
            new Staff("e.sokolova", "Екатерина Соколова", MOSCOW.name(), Role.MANAGER, RUSSIAN, 12),
            new Staff("o.shevchenko", "Олена Шевченко", KYIV.name(), Role.MANAGER, UKRAINIAN, 40),
            new Staff("t.bondarenko", "Тарас Бондаренко", KYIV.name(), Role.MANAGER, UKRAINIAN, 35),
            new Staff("i.kovalenko", "Ірина Коваленко", KYIV.name(), Role.MANAGER, UKRAINIAN, 25),
            new Staff("j.garcia", "José García", MADRID.name(), Role.MANAGER, SPANISH, 55),
            new Staff("l.martinez", "Lucía Martínez", MADRID.name(), Role.MANAGER, SPANISH, 45));

    private DemoCentrePlan() {
    }
}

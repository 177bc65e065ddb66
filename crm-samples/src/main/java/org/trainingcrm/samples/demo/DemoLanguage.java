package org.trainingcrm.samples.demo;

import java.util.List;
import java.util.Locale;

/**
 * A language the demo's clients speak: the locale Datafaker draws names from, and the words a
 * client card in that language uses (positions, mail providers, web domain).
 */
enum DemoLanguage {

    RU("ru", ".ru", List.of("mail.ru", "yandex.ru", "gmail.com"),
            List.of("Главный бухгалтер", "Генеральный директор", "Менеджер по персоналу",
                    "Руководитель отдела обучения", "Специалист по охране труда", "Офис-менеджер"),
            "Слушатель курсов", "Законный представитель"),
    UK("uk", ".com.ua", List.of("ukr.net", "i.ua", "gmail.com"),
            List.of("Директорка", "Головний бухгалтер", "Менеджерка з навчання", "HR-менеджер",
                    "Керівник відділу продажів", "Юрисконсульт"),
            "Слухач курсів", "Законний представник"),
    // "zh" alone falls back to Datafaker's English data; the Chinese data sits under zh-CN
    ZH("zh-CN", ".cn", List.of("qq.com", "163.com"),
            List.of("人力资源经理", "总经理", "财务主管", "培训主管", "行政助理"),
            "学员", "监护人"),
    ES("es", ".es", List.of("gmail.com", "hotmail.es", "telefonica.net"),
            List.of("Jefe de formación", "Directora de recursos humanos", "Gerente", "Responsable de calidad",
                    "Contable", "Técnica de prevención de riesgos"),
            "Alumno", "Tutor legal"),
    EN("en", ".com", List.of("gmail.com", "outlook.com"),
            List.of("HR manager", "Training coordinator", "Chief accountant", "Managing director",
                    "Office manager"),
            "Student", "Legal guardian");

    private final Locale locale;
    private final String webDomain;
    private final List<String> mailProviders;
    private final List<String> positions;
    private final String studentPosition;
    private final String guardianPosition;

    DemoLanguage(String tag, String webDomain, List<String> mailProviders, List<String> positions,
            String studentPosition, String guardianPosition) {
        this.locale = Locale.forLanguageTag(tag);
        this.webDomain = webDomain;
        this.mailProviders = mailProviders;
        this.positions = positions;
        this.studentPosition = studentPosition;
        this.guardianPosition = guardianPosition;
    }

    Locale locale() {
        return locale;
    }

    /** The top-level domain the websites of such clients end with, such as {@code .ru}. */
    String webDomain() {
        return webDomain;
    }

    List<String> mailProviders() {
        return mailProviders;
    }

    /** Positions of an organisation's contacts. */
    List<String> positions() {
        return positions;
    }

    /** The position of a private client at their own card: they are the learner. */
    String studentPosition() {
        return studentPosition;
    }

    /** The position of a parent or guardian who pays for a private client. */
    String guardianPosition() {
        return guardianPosition;
    }
}

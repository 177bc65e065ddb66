package org.trainingcrm.domain.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A course or seminar as a user typed it: checked field by field into {@link CourseDetails},
 * every refusal naming its field ({@code course.title}, {@code course.price}, ...).
 */
public final class CourseForm {

    private final CourseKind kind;
    private String title;
    private DirectionId direction;
    private CourseFormat format;
    private LocalDate startDate;
    private LocalDate endDate;
    private String audience;
    private String priceAmount;
    private String priceCurrency;
    private String lecturerName;
    private String lecturerRegalia;
    private String lecturerPhone;
    private Integer minParticipants;
    private Integer maxParticipants;
    private CourseId prerequisite;
    private final List<DocumentForm> documents = new ArrayList<>();

    private CourseForm(CourseKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public static CourseForm course(String title) {
        return new CourseForm(CourseKind.COURSE, title);
    }

    public static CourseForm seminar(String title) {
        return new CourseForm(CourseKind.SEMINAR, title);
    }

    public static CourseForm of(CourseKind kind, String title) {
        return new CourseForm(kind, title);
    }

    public CourseForm title(String value) {
        title = value;
        return this;
    }

    public CourseForm direction(DirectionId value) {
        direction = value;
        return this;
    }

    public CourseForm format(CourseFormat value) {
        format = value;
        return this;
    }

    /** A one-day event. */
    public CourseForm on(LocalDate day) {
        return period(day, null);
    }

    /** A course held from the first to the last day, both included; {@code last} may be null. */
    public CourseForm period(LocalDate first, LocalDate last) {
        startDate = first;
        endDate = last;
        return this;
    }

    public CourseForm audience(String value) {
        audience = value;
        return this;
    }

    /** The price per participant, written with a dot for decimals, in an ISO 4217 currency. */
    public CourseForm price(String amount, String currencyCode) {
        priceAmount = amount;
        priceCurrency = currencyCode;
        return this;
    }

    /** The lecturer: full name, regalia and phone (the last two may be null). */
    public CourseForm lecturer(String name, String regalia, String phone) {
        lecturerName = name;
        lecturerRegalia = regalia;
        lecturerPhone = phone;
        return this;
    }

    /** The fewest participants it runs with and the most it takes; the minimum defaults to one. */
    public CourseForm participants(Integer min, Integer max) {
        minParticipants = min;
        maxParticipants = max;
        return this;
    }

    /** The course of the previous level that participants must have completed. */
    public CourseForm prerequisite(CourseId value) {
        prerequisite = value;
        return this;
    }

    /** A document to attach when the course is created. */
    public CourseForm document(DocumentForm value) {
        documents.add(value);
        return this;
    }

    /** The documents to attach when the course is created. */
    public List<DocumentForm> documents() {
        return List.copyOf(documents);
    }

    /**
     * Checks every field; phones without a country code are read as of the given region
     * (ISO 3166 code, the branch's).
     *
     * @throws InvalidValue when one field is refused
     * @throws org.trainingcrm.domain.kernel.InvalidValues when several are
     */
    public CourseDetails validate(String region) {
        Validation check = Validation.of("course");
        if (kind == null) {
            check.refuse("kind", null, "is required");
        }
        String name = check.field("title", () -> Text.required("title", title, 300));
        if (format == null) {
            check.refuse("format", null, "is required");
        }
        LocalDate first = check.field("startDate", () -> CalendarBounds.required("startDate", startDate));
        LocalDate last = check.field("endDate", () -> CalendarBounds.check("endDate", endDate));
        if (first != null && last != null && last.isBefore(first)) {
            check.refuse("endDate", last, "is before the start date " + first);
        }
        String forWhom = check.field("audience", () -> Text.optional("audience", audience, 1000));
        Money price = check.field("price", this::checkedPrice);
        Lecturer lecturer = checkedLecturer(check, region);
        int min = minParticipants == null ? 1 : minParticipants;
        if (min < 1 || min > CourseDetails.MAX_PARTICIPANTS) {
            check.refuse("minParticipants", minParticipants, "must be between 1 and " + CourseDetails.MAX_PARTICIPANTS);
        }
        if (maxParticipants == null) {
            check.refuse("maxParticipants", null, "is required");
        } else if (maxParticipants < Math.max(min, 1) || maxParticipants > CourseDetails.MAX_PARTICIPANTS) {
            check.refuse("maxParticipants", maxParticipants,
                    "must be at least the minimum " + min + " and at most " + CourseDetails.MAX_PARTICIPANTS);
        }
        check.throwIfInvalid();
        return new CourseDetails(kind, name, direction, format, startDate, endDate, forWhom, price, lecturer, min,
                maxParticipants, prerequisite);
    }

    private Money checkedPrice() {
        if (blank(priceAmount) && blank(priceCurrency)) {
            throw new InvalidValue("price", null, "is required");
        }
        Money price;
        try {
            price = Money.of(priceAmount, priceCurrency);
        } catch (InvalidValue refused) {
            throw new InvalidValue("price", priceAmount + " " + priceCurrency, refused.reason());
        }
        if (price.isNegative()) {
            throw new InvalidValue("price", priceAmount + " " + priceCurrency, "must not be negative");
        }
        return price;
    }

    private Lecturer checkedLecturer(Validation check, String region) {
        if (blank(lecturerName) && blank(lecturerRegalia) && blank(lecturerPhone)) {
            return null;
        }
        String name = check.field("lecturer.name", () -> Text.required("name", lecturerName, 300));
        String regalia = check.field("lecturer.regalia", () -> Text.optional("regalia", lecturerRegalia, 500));
        PhoneNumber phone = check.field("lecturer.phone",
                () -> blank(lecturerPhone) ? null : PhoneNumber.parse(lecturerPhone, region));
        return name == null ? null : new Lecturer(name, regalia, phone);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

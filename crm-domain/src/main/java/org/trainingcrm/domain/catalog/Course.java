package org.trainingcrm.domain.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.SortKeys;
import org.trainingcrm.domain.kernel.Text;

/**
 * A course or seminar of the catalogue (K1, K2): what it is, when, for whom, at what price, who
 * reads it, how many it takes, which level it follows, and where it stands.
 */
public class Course {

    /** Longest title suffix kept for the "title contains" index; longer queries are re-checked. */
    public static final int SUFFIX_LENGTH = 24;

    private CourseId id;
    private BranchId branch;
    private CourseKind kind;
    private String title;
    private String titleKey;
    private List<String> titleSuffixes = new ArrayList<>();
    private SortKeys titleSort;
    private DirectionId direction;
    private CourseFormat format;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate lastDate;
    private String audience;
    private BigDecimal priceAmount;
    private String priceCurrency;
    private String lecturerName;
    private String lecturerRegalia;
    private String lecturerPhone;
    private int minParticipants;
    private int maxParticipants;
    private CourseStatus status;
    private String cancellationReason;
    private CourseId prerequisite;
    private Instant createdAt;
    private long version;

    protected Course() {
    }

    /** A new course, planned, in the given branch. */
    public Course(CourseId id, BranchId branch, CourseDetails details, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.branch = Objects.requireNonNull(branch, "branch");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = CourseStatus.PLANNED;
        apply(details);
    }

    /**
     * Replaces the description.
     *
     * @throws RuleViolation {@code course.closed} once the course is finished or cancelled
     */
    public void revise(CourseDetails details) {
        if (status.isClosed()) {
            throw new RuleViolation("course.closed", "course " + id + " is " + status + " and no longer changes");
        }
        apply(details);
    }

    /** Opens a planned course for enrollment. */
    public void openForEnrollment() {
        moveTo(CourseStatus.OPEN_FOR_ENROLLMENT);
    }

    /** Marks a course open for enrollment as running: its first lesson has been held. */
    public void start() {
        moveTo(CourseStatus.RUNNING);
    }

    /** Marks a running course as finished. */
    public void finish() {
        moveTo(CourseStatus.FINISHED);
    }

    /**
     * Cancels a course that has not finished; the reason is kept for the refunds that follow.
     *
     * @throws org.trainingcrm.domain.kernel.InvalidValue {@code course.cancellationReason} when blank
     */
    public void cancel(String reason) {
        String why = Text.required("course.cancellationReason", reason, 500);
        moveTo(CourseStatus.CANCELLED);
        cancellationReason = why;
    }

    /** True while students may enrol. */
    public boolean isOpenForEnrollment() {
        return status == CourseStatus.OPEN_FOR_ENROLLMENT;
    }

    /** Whether the course is past, current or upcoming on the given day. */
    public CourseTiming timingOn(LocalDate today) {
        return CourseTiming.of(startDate, lastDate, today);
    }

    public CourseId id() {
        return id;
    }

    public BranchId branch() {
        return branch;
    }

    public CourseKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The title in search form (case folded, accents stripped). */
    public String titleKey() {
        return titleKey;
    }

    /** The keys the catalogue sorts by title with. */
    public SortKeys titleSort() {
        return titleSort;
    }

    /** The suffixes of {@link #titleKey()} that the "title contains" search looks up. */
    public List<String> titleSuffixes() {
        return List.copyOf(titleSuffixes);
    }

    public Optional<DirectionId> direction() {
        return Optional.ofNullable(direction);
    }

    public CourseFormat format() {
        return format;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** The last day it is held: the end date, or the start date of a one-day event. */
    public LocalDate lastDate() {
        return lastDate;
    }

    public Optional<String> audience() {
        return Optional.ofNullable(audience);
    }

    /** The price per participant. */
    public Money price() {
        return new Money(priceAmount, Currency.getInstance(priceCurrency));
    }

    public Optional<Lecturer> lecturer() {
        return lecturerName == null ? Optional.empty() : Optional.of(new Lecturer(lecturerName, lecturerRegalia,
                lecturerPhone == null ? null : new PhoneNumber(lecturerPhone)));
    }

    public int minParticipants() {
        return minParticipants;
    }

    public int maxParticipants() {
        return maxParticipants;
    }

    public CourseStatus status() {
        return status;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    /** The course of the previous level a student must have completed to enrol in this one (K2). */
    public Optional<CourseId> prerequisite() {
        return Optional.ofNullable(prerequisite);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** The description as checked values. */
    public CourseDetails details() {
        return new CourseDetails(kind, title, direction, format, startDate, endDate, audience, price(),
                lecturer().orElse(null), minParticipants, maxParticipants, prerequisite);
    }

    /** The audited fields of the course now. */
    public AuditState auditState() {
        return new AuditState()
                .with("branch", branch)
                .with("kind", kind)
                .with("title", title)
                .with("direction", direction)
                .with("format", format)
                .with("startDate", startDate)
                .with("endDate", endDate)
                .with("audience", audience)
                .with("price", price())
                .with("lecturer", lecturerName)
                .with("lecturerRegalia", lecturerRegalia)
                .with("lecturerPhone", lecturerPhone)
                .with("minParticipants", minParticipants)
                .with("maxParticipants", maxParticipants)
                .with("prerequisite", prerequisite)
                .with("status", status)
                .with("cancellationReason", cancellationReason);
    }

    private void apply(CourseDetails details) {
        kind = details.kind();
        if (titleSort == null || !details.title().equals(title)) {
            titleSort = SortKeys.of(details.title());
        }
        title = details.title();
        direction = details.direction();
        format = details.format();
        startDate = details.startDate();
        endDate = details.endDate();
        lastDate = details.lastDate();
        audience = details.audience();
        priceAmount = details.price().amount();
        priceCurrency = details.price().currency().getCurrencyCode();
        Lecturer lecturer = details.lecturer();
        lecturerName = lecturer == null ? null : lecturer.name();
        lecturerRegalia = lecturer == null ? null : lecturer.regalia();
        lecturerPhone = lecturer == null || lecturer.phone() == null ? null : lecturer.phone().e164();
        minParticipants = details.minParticipants();
        maxParticipants = details.maxParticipants();
        prerequisite = details.prerequisite();
        String key = SearchKey.of(title);
        if (!key.equals(titleKey)) {
            titleKey = key;
            titleSuffixes.clear();
            titleSuffixes.addAll(SearchKey.suffixes(key, SUFFIX_LENGTH));
        }
    }

    private void moveTo(CourseStatus next) {
        if (!status.mayBecome(next)) {
            throw new RuleViolation("course.status.transition",
                    "course " + id + " cannot become " + next + " while it is " + status);
        }
        status = next;
    }
}

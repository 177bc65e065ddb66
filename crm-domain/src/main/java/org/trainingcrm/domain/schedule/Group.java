package org.trainingcrm.domain.schedule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.RuleViolation;

/**
 * A group (K3): one run of a course, with its teacher, room, seats, schedule rule and time
 * zone, an optional paying client and the cost of running it. Its lessons are {@link Lesson}s.
 */
public class Group {

    private static final String WEEKLY = "WEEKLY";
    private static final String EXPLICIT = "EXPLICIT";

    private GroupId id;
    private BranchId branch;
    private CourseId course;
    private String name;
    private PersonId teacher;
    private RoomId room;
    private int seats;
    private LocalDate startDate;
    private String zone;
    private String scheduleKind;
    private List<StoredSlot> weeklySlots = new ArrayList<>();
    private List<LocalDateTime> explicitStarts = new ArrayList<>();
    private int lessonMinutes;
    private LocalDate untilDate;
    private Integer lessonCount;
    private ClientId payer;
    private BigDecimal costAmount;
    private String costCurrency;
    private GroupStatus status;
    private Instant createdAt;
    private long version;

    protected Group() {
    }

    /** A new, tentative group of the course, in the course's branch. */
    public Group(GroupId id, BranchId branch, CourseId course, GroupSettings settings, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.branch = Objects.requireNonNull(branch, "branch");
        this.course = Objects.requireNonNull(course, "course");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = GroupStatus.TENTATIVE;
        apply(settings);
    }

    /**
     * Replaces the settings; the use case regenerates the lessons after.
     *
     * @throws RuleViolation {@code group.closed} once the group is cancelled or finished
     */
    public void revise(GroupSettings settings) {
        if (!status.isActive()) {
            throw new RuleViolation("group.closed", "group " + id + " is " + status + " and no longer changes");
        }
        apply(settings);
    }

    /** Confirms a tentative group: it will run (E8, once its minimum is reached). */
    public void confirm() {
        moveTo(GroupStatus.CONFIRMED);
    }

    /** Cancels a group that has not finished. */
    public void cancel() {
        moveTo(GroupStatus.CANCELLED);
    }

    /** Marks a confirmed group as finished after its last lesson. */
    public void finish() {
        moveTo(GroupStatus.FINISHED);
    }

    /** True when the enrolled students take every seat. */
    public boolean isFull(int enrolledSeats) {
        return enrolledSeats >= seats;
    }

    /** Seats still free with the given number enrolled; never below zero. */
    public int freeSeats(int enrolledSeats) {
        return Math.max(0, seats - enrolledSeats);
    }

    /** True when what the enrolled pay at the course price covers the cost of running the group. */
    public boolean isProfitable(int enrolledSeats, Money coursePrice) {
        return !runningCost().isGreaterThan(coursePrice.times(enrolledSeats));
    }

    public GroupId id() {
        return id;
    }

    public BranchId branch() {
        return branch;
    }

    public CourseId course() {
        return course;
    }

    public String name() {
        return name;
    }

    public PersonId teacher() {
        return teacher;
    }

    public RoomId room() {
        return room;
    }

    public int seats() {
        return seats;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** The rule its lessons are generated from. */
    public ScheduleRule schedule() {
        Duration length = Duration.ofMinutes(lessonMinutes);
        return EXPLICIT.equals(scheduleKind)
                ? new ExplicitRule(explicitStarts, length)
                : new WeeklyRule(weeklySlots.stream().map(StoredSlot::slot).toList(), length, untilDate, lessonCount);
    }

    public Optional<ClientId> payer() {
        return Optional.ofNullable(payer);
    }

    public Money runningCost() {
        return new Money(costAmount, Currency.getInstance(costCurrency));
    }

    public GroupStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public GroupSettings settings() {
        return new GroupSettings(name, teacher, room, seats, startDate, schedule(), zone(), payer, runningCost());
    }

    /** The audited fields of the group now. */
    public AuditState auditState() {
        return new AuditState()
                .with("course", course)
                .with("name", name)
                .with("teacher", teacher)
                .with("room", room)
                .with("seats", seats)
                .with("startDate", startDate)
                .with("zone", zone)
                .with("schedule", schedule())
                .with("payer", payer)
                .with("runningCost", runningCost())
                .with("status", status);
    }

    private void apply(GroupSettings settings) {
        name = settings.name();
        teacher = settings.teacher();
        room = settings.room();
        seats = settings.seats();
        startDate = settings.startDate();
        zone = settings.zone().getId();
        payer = settings.payer();
        costAmount = settings.runningCost().amount();
        costCurrency = settings.runningCost().currency().getCurrencyCode();
        ScheduleRule rule = settings.schedule();
        lessonMinutes = (int) rule.lessonLength().toMinutes();
        weeklySlots.clear();
        explicitStarts.clear();
        if (rule instanceof WeeklyRule weekly) {
            scheduleKind = WEEKLY;
            weekly.slots().stream().map(StoredSlot::of).forEach(weeklySlots::add);
            untilDate = weekly.until();
            lessonCount = weekly.lessonCount();
        } else if (rule instanceof ExplicitRule explicit) {
            scheduleKind = EXPLICIT;
            explicitStarts.addAll(explicit.starts());
            untilDate = null;
            lessonCount = null;
        }
    }

    private void moveTo(GroupStatus next) {
        if (!status.mayBecome(next)) {
            throw new RuleViolation("group.status.transition",
                    "group " + id + " cannot become " + next + " while it is " + status);
        }
        status = next;
    }
}

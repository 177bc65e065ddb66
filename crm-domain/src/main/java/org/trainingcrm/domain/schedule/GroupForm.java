package org.trainingcrm.domain.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.Validation;

/**
 * A group as a user set it up: checked field by field into {@link GroupSettings}, every refusal
 * naming its field ({@code group.seats}, {@code group.zone}, ...). Whether the room, the
 * teacher and the payer exist is checked by the use case.
 */
public final class GroupForm {

    private String name;
    private PersonId teacher;
    private RoomId room;
    private Integer seats;
    private LocalDate startDate;
    private ScheduleRule schedule;
    private String zone;
    private ClientId payer;
    private String costAmount;
    private String costCurrency;

    private GroupForm(String name) {
        this.name = name;
    }

    public static GroupForm named(String name) {
        return new GroupForm(name);
    }

    public GroupForm name(String value) {
        name = value;
        return this;
    }

    public GroupForm teacher(PersonId value) {
        teacher = value;
        return this;
    }

    public GroupForm room(RoomId value) {
        room = value;
        return this;
    }

    public GroupForm seats(Integer value) {
        seats = value;
        return this;
    }

    public GroupForm startingOn(LocalDate value) {
        startDate = value;
        return this;
    }

    public GroupForm schedule(ScheduleRule value) {
        schedule = value;
        return this;
    }

    /** The group's time zone as an IANA id, such as {@code Europe/Kyiv}. */
    public GroupForm zone(String value) {
        zone = value;
        return this;
    }

    public GroupForm payer(ClientId value) {
        payer = value;
        return this;
    }

    /** What running the group costs, written with a dot for decimals, in an ISO 4217 currency. */
    public GroupForm runningCost(String amount, String currencyCode) {
        costAmount = amount;
        costCurrency = currencyCode;
        return this;
    }

    /**
     * Checks every field.
     *
     * @throws InvalidValue when one field is refused
     * @throws org.trainingcrm.domain.kernel.InvalidValues when several are
     */
    public GroupSettings validate() {
        Validation check = Validation.of("group");
        String title = check.field("name", () -> Text.required("name", name, 200));
        if (teacher == null) {
            check.refuse("teacher", null, "is required");
        }
        if (room == null) {
            check.refuse("room", null, "is required");
        }
        if (seats == null) {
            check.refuse("seats", null, "is required");
        } else if (seats < 1) {
            check.refuse("seats", seats, "must be at least 1");
        }
        check.field("startDate", () -> CalendarBounds.required("startDate", startDate));
        if (schedule == null) {
            check.refuse("schedule", null, "is required");
        }
        ZoneId timeZone = check.field("zone", this::checkedZone);
        Money cost = check.field("runningCost", this::checkedCost);
        check.throwIfInvalid();
        return new GroupSettings(title, teacher, room, seats, startDate, schedule, timeZone, payer, cost);
    }

    private ZoneId checkedZone() {
        if (zone == null || zone.isBlank()) {
            throw new InvalidValue("zone", zone, "is required");
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            throw new InvalidValue("zone", zone, "is not a time zone such as Europe/Kyiv");
        }
    }

    private Money checkedCost() {
        Money cost;
        try {
            cost = Money.of(costAmount, costCurrency);
        } catch (InvalidValue refused) {
            throw new InvalidValue("runningCost", costAmount + " " + costCurrency, refused.reason());
        }
        if (cost.isNegative()) {
            throw new InvalidValue("runningCost", costAmount + " " + costCurrency, "must not be negative");
        }
        return cost;
    }
}

package org.trainingcrm.domain.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;

/**
 * The checked settings of a group (K3); {@link GroupForm} builds them from what a user gave.
 *
 * @param name how the centre calls the group, such as "Группа 2 (вечер)"
 * @param teacher the person who teaches it: a person of the client base
 * @param seats how many students it takes, at most what the room holds
 * @param startDate the group's first day; the schedule rule applies from it
 * @param zone the time zone its lesson times are in
 * @param payer the client who pays for the whole group (corporate training), or null
 * @param runningCost what running the group costs the centre, against which profitability is judged
 */
public record GroupSettings(String name, PersonId teacher, RoomId room, int seats, LocalDate startDate,
        ScheduleRule schedule, ZoneId zone, ClientId payer, Money runningCost) {

    public GroupSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(runningCost, "runningCost");
        if (seats < 1) {
            throw new InvalidValue("group.seats", seats, "must be at least 1");
        }
    }
}

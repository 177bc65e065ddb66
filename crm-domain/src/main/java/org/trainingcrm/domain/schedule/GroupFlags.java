package org.trainingcrm.domain.schedule;

import org.trainingcrm.domain.kernel.Money;

/**
 * A group's derived flags (K3) for a number of enrolled seats, which the enrollment feature
 * counts: full when every seat is taken; profitable when the enrolled at the course price
 * cover the cost of running the group.
 *
 * @param revenue the enrolled seats at the course price
 */
public record GroupFlags(int seats, int enrolled, int freeSeats, boolean full, Money revenue, Money runningCost,
        boolean profitable) {

    /** The flags of the group with the given number enrolled at the course's price. */
    public static GroupFlags of(Group group, int enrolled, Money coursePrice) {
        return new GroupFlags(group.seats(), enrolled, group.freeSeats(enrolled), group.isFull(enrolled),
                coursePrice.times(enrolled), group.runningCost(), group.isProfitable(enrolled, coursePrice));
    }
}

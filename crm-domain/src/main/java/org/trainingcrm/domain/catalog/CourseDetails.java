package org.trainingcrm.domain.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;

/**
 * The checked description of a course or seminar (K1, K2); {@link CourseForm} builds one from
 * what a user typed. Optional details are null when absent.
 *
 * @param direction the direction it is filed under, or null
 * @param endDate the last day of a course held over a period, or null for a one-day event
 * @param audience whom it is meant for, or null
 * @param lecturer who reads it, or null
 * @param prerequisite the course a student must have completed first (the previous level), or null
 */
public record CourseDetails(
        CourseKind kind,
        String title,
        DirectionId direction,
        CourseFormat format,
        LocalDate startDate,
        LocalDate endDate,
        String audience,
        Money price,
        Lecturer lecturer,
        int minParticipants,
        int maxParticipants,
        CourseId prerequisite) {

    /** Most participants a course may be planned for. */
    public static final int MAX_PARTICIPANTS = 10_000;

    public CourseDetails {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(price, "price");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidValue("course.endDate", endDate, "is before the start date " + startDate);
        }
        if (price.isNegative()) {
            throw new InvalidValue("course.price", price, "must not be negative");
        }
        if (minParticipants < 1 || minParticipants > MAX_PARTICIPANTS) {
            throw new InvalidValue("course.minParticipants", minParticipants, "must be between 1 and " + MAX_PARTICIPANTS);
        }
        if (maxParticipants < minParticipants || maxParticipants > MAX_PARTICIPANTS) {
            throw new InvalidValue("course.maxParticipants", maxParticipants,
                    "must be between the minimum " + minParticipants + " and " + MAX_PARTICIPANTS);
        }
    }

    /** The last day it is held: the end date, or the start date of a one-day event. */
    public LocalDate lastDate() {
        return endDate == null ? startDate : endDate;
    }

    public Optional<CourseId> prerequisiteCourse() {
        return Optional.ofNullable(prerequisite);
    }
}

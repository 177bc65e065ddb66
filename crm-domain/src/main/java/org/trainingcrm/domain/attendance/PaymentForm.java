package org.trainingcrm.domain.attendance;

/** How the attendance is paid for (E4). */
public enum PaymentForm {
    /** Paid in advance. */
    PREPAID,
    /** The paying client guaranteed payment by letter. */
    GUARANTEE_LETTER,
    /** Paid on the day of the lesson. */
    PAY_ON_THE_DAY;

    /** True for the forms that count as paid before the lesson: prepaid or guaranteed by letter (E6). */
    public boolean isPaidAhead() {
        return this == PREPAID || this == GUARANTEE_LETTER;
    }
}

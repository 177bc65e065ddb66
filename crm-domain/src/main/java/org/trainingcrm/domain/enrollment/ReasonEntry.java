package org.trainingcrm.domain.enrollment;

/** One withdrawal reason as the dictionary lists it. */
public record ReasonEntry(WithdrawalReasonId id, String name, boolean refundable) {
}

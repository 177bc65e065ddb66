package org.trainingcrm.persistence.jpa;

import java.util.Objects;

/**
 * A unique constraint of a feature's schema and the business rule it protects. The code checks
 * the rule first; the constraint catches the duplicate a concurrent writer slipped in between,
 * and the store reports that loss as the same {@code RuleViolation}.
 *
 * @param constraint the constraint's name in the changelog
 * @param rule the rule's stable name, as {@code RuleViolation.rule()} gives it
 * @param message what the rule says, for the host to show
 */
public record UniqueRule(String constraint, String rule, String message) {

    public UniqueRule {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}

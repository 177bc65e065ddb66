package org.trainingcrm.domain.kernel;

/** A request is well formed but a business rule forbids it now; names the rule. */
public final class RuleViolation extends CrmException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(rule + ": " + message);
        this.rule = rule;
    }

    /** A short stable name of the rule, such as {@code reassignment.alreadyRestored}. */
    public String rule() {
        return rule;
    }
}

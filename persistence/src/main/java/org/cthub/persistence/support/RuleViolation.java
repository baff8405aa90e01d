package org.cthub.persistence.support;

/** The request is well formed but breaks a domain rule (an unknown country code, a webhook URL on a private network). */
public class RuleViolation extends HubException {

    private final String field;

    public RuleViolation(String field, String message) {
        super("rule-violation", message);
        this.field = field;
    }

    /** The request field at fault, or null when the rule spans several. */
    public String field() {
        return field;
    }
}

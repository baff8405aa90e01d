package org.cthub.integration.referral;

import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/** Reads codes from a request; for personal fields the refusal leaves the value out. */
final class CodeValues {

    private CodeValues() {
    }

    static <E extends Enum<E>> E required(Class<E> type, String code, String field) {
        return Codes.parse(type, code, field);
    }

    static <E extends Enum<E>> E optional(Class<E> type, String code, String field) {
        return code == null ? null : Codes.parse(type, code, field);
    }

    /** An optional code of a personal field: an unknown value is refused without repeating it. */
    static <E extends Enum<E>> E personal(Class<E> type, String code, String field) {
        try {
            return optional(type, code, field);
        } catch (RuleViolation unknown) {
            throw new RuleViolation(field, field + " is not known: use one of " + Codes.all(type));
        }
    }
}

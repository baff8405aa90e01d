package org.cthub.persistence.legislation;

/** What kind of legislative document a draft is; travels as a kebab-case code (bill, act, plan-of-action). */
public enum DocumentType {
    BILL,
    ACT,
    PLAN_OF_ACTION
}

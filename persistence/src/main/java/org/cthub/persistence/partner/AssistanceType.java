package org.cthub.persistence.partner;

/** A kind of help an organisation offers to trafficked or stranded persons. */
public enum AssistanceType {
    SHELTER,
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL,
    SECURITY,
    RETURN,
    REINTEGRATION,
    VOCATIONAL_TRAINING,
    JOB_REFERRAL,
    SUBSIDISED_EMPLOYMENT,
    SELF_EMPLOYMENT,
    MICRO_CREDIT,
    STI_HIV_COUNSELLING
}

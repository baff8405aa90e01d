-- Referrals: cases under pseudonyms, consents, referrals and the idempotency keys of their submissions.
-- Portable between H2 2.2 and PostgreSQL 15. Enum columns hold Java enum names. Columns holding personal
-- data hold ciphertext (keyId:base64(iv || ciphertext || tag)), sized for it; a case reference is never
-- stored, only its keyed hash.

CREATE TABLE referral_case (
    id             UUID PRIMARY KEY,
    pseudonym      VARCHAR(20)  NOT NULL UNIQUE,
    opened_by      UUID         NOT NULL REFERENCES organisation (id),
    reference_hash VARCHAR(100) UNIQUE,
    opened_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE consent (
    id                 UUID PRIMARY KEY,
    given_by           VARCHAR(20)  NOT NULL,
    given_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    purpose            VARCHAR(40)  NOT NULL,
    valid_until        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    evidence_reference VARCHAR(400) NOT NULL,
    withdrawn_at       TIMESTAMP(6) WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    CONSTRAINT consent_period CHECK (valid_until > given_at)
);

CREATE TABLE consent_recipient (
    consent_id      UUID NOT NULL REFERENCES consent (id),
    organisation_id UUID NOT NULL,
    PRIMARY KEY (consent_id, organisation_id)
);

CREATE TABLE consent_recipient_type (
    consent_id        UUID        NOT NULL REFERENCES consent (id),
    organisation_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (consent_id, organisation_type)
);

CREATE TABLE referral (
    id                        UUID PRIMARY KEY,
    case_id                   UUID          NOT NULL REFERENCES referral_case (id),
    referring_organisation_id UUID          NOT NULL REFERENCES organisation (id),
    referred_organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    urgency                   VARCHAR(20)   NOT NULL,
    current_country           VARCHAR(2)    NOT NULL,
    current_place             VARCHAR(1200),
    destination_country       VARCHAR(2),
    trm_stage                 VARCHAR(50)   NOT NULL,
    purpose                   VARCHAR(40)   NOT NULL,
    summary                   VARCHAR(22000),
    person_first_name         VARCHAR(800),
    person_second_name        VARCHAR(800),
    person_birthdate          VARCHAR(100),
    person_age_band           VARCHAR(100),
    person_gender             VARCHAR(100),
    person_citizenship        VARCHAR(200),
    person_primary_language   VARCHAR(100),
    person_secondary_language VARCHAR(100),
    person_email              VARCHAR(1500),
    person_mobile_phone       VARCHAR(100),
    consent_id                UUID          NOT NULL UNIQUE REFERENCES consent (id),
    status                    VARCHAR(20)   NOT NULL,
    submitted_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status_changed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version                   BIGINT        NOT NULL
);
CREATE INDEX referral_referring ON referral (referring_organisation_id, submitted_at);
CREATE INDEX referral_referred ON referral (referred_organisation_id, submitted_at);
CREATE INDEX referral_case_id ON referral (case_id);

CREATE TABLE referral_assistance (
    referral_id     UUID        NOT NULL REFERENCES referral (id),
    assistance_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (referral_id, assistance_type)
);

CREATE TABLE referral_submission_key (
    id                        UUID PRIMARY KEY,
    referring_organisation_id UUID         NOT NULL,
    idempotency_key           VARCHAR(200) NOT NULL,
    body_hash                 VARCHAR(64)  NOT NULL,
    referral_id               UUID         NOT NULL REFERENCES referral (id),
    created_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT referral_submission_key_once UNIQUE (referring_organisation_id, idempotency_key)
);

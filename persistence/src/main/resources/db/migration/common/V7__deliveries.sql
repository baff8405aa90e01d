-- The delivery outbox: one row per message and recipient partner system, written in the transaction that
-- accepted the message. No payload is stored: it is built from the referral at hand-over, under the consent
-- as it stands then. Portable between H2 2.2 and PostgreSQL 15; enum columns hold Java enum names.

CREATE TABLE delivery (
    id                        UUID PRIMARY KEY,
    message_id                UUID         NOT NULL UNIQUE,
    message_type              VARCHAR(20)  NOT NULL,
    referral_id               UUID         NOT NULL REFERENCES referral (id),
    partner_system_id         UUID         NOT NULL REFERENCES partner_system (id),
    recipient_organisation_id UUID         NOT NULL REFERENCES organisation (id),
    channel                   VARCHAR(20)  NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    attempts                  INTEGER      NOT NULL,
    next_attempt_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    lease_owner               UUID,
    lease_until               TIMESTAMP(6) WITH TIME ZONE,
    last_attempt_at           TIMESTAMP(6) WITH TIME ZONE,
    last_error                VARCHAR(300),
    created_at                TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    delivered_at              TIMESTAMP(6) WITH TIME ZONE,
    version                   BIGINT       NOT NULL,
    CONSTRAINT delivery_once_per_system UNIQUE (referral_id, partner_system_id, message_type),
    CONSTRAINT delivery_leased_until CHECK (status <> 'LEASED' OR lease_until IS NOT NULL)
);
-- The claim: due work by channel and time; the inbox: one system's waiting messages, oldest first.
CREATE INDEX delivery_due ON delivery (status, channel, next_attempt_at);
CREATE INDEX delivery_inbox ON delivery (partner_system_id, status, created_at);
CREATE INDEX delivery_referral ON delivery (referral_id);

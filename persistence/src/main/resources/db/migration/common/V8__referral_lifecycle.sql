-- The referral lifecycle after submission: what happened to a referral (answers, consent withdrawn), the
-- messages that tell its parties, and the follow-up reports a reintegration owes. Portable between H2 2.2
-- and PostgreSQL 15; enum columns hold Java enum names. No column here holds personal data: reasons and
-- notes are documented to the partners as "no personal data".

-- One numbered event per change a party must hear of. The sequence numbers a referral's events from 1.
CREATE TABLE referral_event (
    id          UUID PRIMARY KEY,
    referral_id UUID          NOT NULL REFERENCES referral (id),
    sequence    INTEGER       NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    answer      VARCHAR(20),
    status      VARCHAR(20)   NOT NULL,
    reason      VARCHAR(1000),
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT referral_event_once UNIQUE (referral_id, sequence)
);

-- A delivery now carries one event of its referral (0: the referral itself), so a referral can send many
-- updates to one system while the referral itself still goes once per system.
ALTER TABLE delivery ADD COLUMN event_sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE delivery DROP CONSTRAINT delivery_once_per_system;
ALTER TABLE delivery ADD CONSTRAINT delivery_once_per_system UNIQUE (referral_id, partner_system_id, message_type, event_sequence);

CREATE TABLE follow_up (
    id           UUID PRIMARY KEY,
    referral_id  UUID          NOT NULL REFERENCES referral (id),
    sequence     INTEGER       NOT NULL,
    due_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP(6) WITH TIME ZONE,
    submitted_by UUID REFERENCES organisation (id),
    wellbeing    VARCHAR(20),
    situation    VARCHAR(200),
    notes        VARCHAR(1000),
    version      BIGINT        NOT NULL,
    CONSTRAINT follow_up_once UNIQUE (referral_id, sequence)
);
-- The overdue list: open reports by due date.
CREATE INDEX follow_up_due ON follow_up (submitted_at, due_at);

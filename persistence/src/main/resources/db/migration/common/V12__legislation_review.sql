-- Technical review of draft legislation (issue 5): review requests to reviewer organisations and working
-- groups, comments on the whole document or on one article (by eId), one opinion per reviewer organisation
-- and version, the draft's events (what its parties are told of), and the outbox opened to drafts.
-- Portable between H2 2.2 and PostgreSQL 15. Enum columns hold Java enum names.

ALTER TABLE legislation_draft ADD COLUMN adopted_version INTEGER;
ALTER TABLE legislation_draft ADD COLUMN event_count INTEGER DEFAULT 0 NOT NULL;

-- Whom the submitter asked: one organisation or one working group per row, for the version then current.
CREATE TABLE legislation_review_request (
    id                       UUID PRIMARY KEY,
    draft_id                 UUID         NOT NULL REFERENCES legislation_draft (id),
    reviewer_organisation_id UUID         REFERENCES organisation (id),
    working_group_id         UUID         REFERENCES working_group (id),
    version_number           INTEGER      NOT NULL,
    message                  VARCHAR(2000),
    requested_by             VARCHAR(100) NOT NULL,
    requested_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT legislation_review_request_one_party CHECK ((reviewer_organisation_id IS NULL) <> (working_group_id IS NULL))
);
CREATE INDEX legislation_review_request_draft ON legislation_review_request (draft_id);
CREATE INDEX legislation_review_request_reviewer ON legislation_review_request (reviewer_organisation_id);
CREATE INDEX legislation_review_request_group ON legislation_review_request (working_group_id);

CREATE TABLE legislation_comment (
    id                   UUID PRIMARY KEY,
    draft_id             UUID          NOT NULL REFERENCES legislation_draft (id),
    version_number       INTEGER       NOT NULL,
    e_id                 VARCHAR(200),
    organisation_id      UUID          NOT NULL REFERENCES organisation (id),
    author               VARCHAR(100)  NOT NULL,
    text                 VARCHAR(10000) NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    addressed_in_version INTEGER,
    addressed_note       VARCHAR(2000),
    addressed_by         VARCHAR(100),
    addressed_at         TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT        NOT NULL
);
CREATE INDEX legislation_comment_draft ON legislation_comment (draft_id, created_at);

CREATE TABLE legislation_opinion (
    id              UUID PRIMARY KEY,
    draft_id        UUID          NOT NULL REFERENCES legislation_draft (id),
    version_number  INTEGER       NOT NULL,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    opinion         VARCHAR(30)   NOT NULL,
    summary         VARCHAR(10000) NOT NULL,
    given_by        VARCHAR(100)  NOT NULL,
    given_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT legislation_opinion_once UNIQUE (draft_id, version_number, organisation_id)
);

-- What happened to a draft that its parties hear of, numbered per draft from 1 (one message per event and system).
CREATE TABLE legislation_draft_event (
    id              UUID PRIMARY KEY,
    draft_id        UUID         NOT NULL REFERENCES legislation_draft (id),
    sequence        INTEGER      NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    version_number  INTEGER      NOT NULL,
    organisation_id UUID,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT legislation_draft_event_sequence UNIQUE (draft_id, sequence)
);

-- The outbox carries messages about drafts too: each delivery is about one referral or one draft.
ALTER TABLE delivery ALTER COLUMN referral_id DROP NOT NULL;
ALTER TABLE delivery ADD COLUMN draft_id UUID REFERENCES legislation_draft (id);
ALTER TABLE delivery ADD CONSTRAINT delivery_one_subject CHECK ((referral_id IS NULL) <> (draft_id IS NULL));
ALTER TABLE delivery ADD CONSTRAINT delivery_draft_once_per_system UNIQUE (draft_id, partner_system_id, message_type, event_sequence);

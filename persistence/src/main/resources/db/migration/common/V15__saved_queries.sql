-- Saved shared-data queries (issue 6): a secretariat or partner saves dimensions, filters and a rolling period,
-- then runs the query on demand or on a schedule; each run reaches its systems through the delivery outbox.
-- Portable between H2 2.2 and PostgreSQL 15. Enum columns hold Java enum names.

CREATE TABLE saved_query (
    id              UUID PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200)  NOT NULL,
    dataset         VARCHAR(20)   NOT NULL,
    dimensions      VARCHAR(100)  NOT NULL,
    filters         VARCHAR(1000) NOT NULL,
    last_months     INTEGER       NOT NULL,
    scope           VARCHAR(20)   NOT NULL,
    schedule        VARCHAR(20)   NOT NULL,
    next_run_at     TIMESTAMP(6) WITH TIME ZONE,
    run_count       INTEGER       NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX saved_query_organisation ON saved_query (organisation_id, created_at);
CREATE INDEX saved_query_due ON saved_query (next_run_at);

-- The outbox carries the runs of saved queries too: each delivery is about one referral, one draft, one report
-- (V14) or one saved query.
ALTER TABLE delivery ADD COLUMN saved_query_id UUID REFERENCES saved_query (id);
ALTER TABLE delivery DROP CONSTRAINT delivery_one_subject;
ALTER TABLE delivery ADD CONSTRAINT delivery_one_subject CHECK ((CASE WHEN referral_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN draft_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN report_id IS NULL THEN 0 ELSE 1 END)
    + (CASE WHEN saved_query_id IS NULL THEN 0 ELSE 1 END) = 1);
ALTER TABLE delivery ADD CONSTRAINT delivery_run_once_per_system UNIQUE (saved_query_id, partner_system_id, message_type, event_sequence);

-- Standardised NGO reports (issue 4). A report profile says how one organisation's layout maps onto a template
-- (its column mapping and value mappings are kept as JSON text). A report belongs to the submitting organisation
-- and the working group it reports to; each upload is a version, imported asynchronously: its accepted rows are
-- kept in the standard form as JSON text, its rejected rows as one line per field at fault.
-- Portable between H2 2.2 and PostgreSQL 15. Enum columns hold Java enum names.

CREATE TABLE report_profile (
    id                  UUID PRIMARY KEY,
    organisation_id     UUID            NOT NULL REFERENCES organisation (id),
    name                VARCHAR(200)    NOT NULL,
    template_name       VARCHAR(50)     NOT NULL,
    template_version    INTEGER         NOT NULL,
    file_format         VARCHAR(20)     NOT NULL,
    encoding            VARCHAR(30)     NOT NULL,
    delimiter           VARCHAR(1),
    sheet_name          VARCHAR(100),
    date_format         VARCHAR(50),
    thousands_separator VARCHAR(1),
    columns_json        VARCHAR(100000) NOT NULL,
    value_mappings_json VARCHAR(1000000) NOT NULL,
    removed             BOOLEAN         NOT NULL,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             BIGINT          NOT NULL
);
CREATE INDEX report_profile_organisation ON report_profile (organisation_id, removed);

CREATE TABLE report (
    id               UUID PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    working_group_id UUID          NOT NULL REFERENCES working_group (id),
    template_name    VARCHAR(50)   NOT NULL,
    template_version INTEGER       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    review_comment   VARCHAR(4000),
    reviewed_by      VARCHAR(100),
    reviewed_at      TIMESTAMP(6) WITH TIME ZONE,
    submitted_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX report_organisation ON report (organisation_id, updated_at);
CREATE INDEX report_working_group ON report (working_group_id, status);

CREATE TABLE report_version (
    id             UUID PRIMARY KEY,
    report_id      UUID          NOT NULL REFERENCES report (id),
    version_number INTEGER       NOT NULL,
    profile_id     UUID          NOT NULL REFERENCES report_profile (id),
    state          VARCHAR(20)   NOT NULL,
    rows_read      BIGINT        NOT NULL,
    rows_accepted  BIGINT        NOT NULL,
    rows_rejected  BIGINT        NOT NULL,
    failure        VARCHAR(1000),
    upload_bytes   BIGINT        NOT NULL,
    submitted_by   VARCHAR(100)  NOT NULL,
    submitted_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT report_version_number UNIQUE (report_id, version_number)
);

-- Written in JDBC batches by the import, read back in row order: no foreign key, so a batch insert costs one
-- index entry per row; the rows of a version go only through the import that owns it.
CREATE TABLE report_row (
    version_id UUID           NOT NULL,
    row_number BIGINT         NOT NULL,
    data       VARCHAR(20000) NOT NULL,
    PRIMARY KEY (version_id, row_number)
);

CREATE TABLE report_row_error (
    version_id UUID         NOT NULL,
    row_number BIGINT       NOT NULL,
    field      VARCHAR(100) NOT NULL,
    reason     VARCHAR(500) NOT NULL
);
CREATE INDEX report_row_error_version ON report_row_error (version_id, row_number);

-- A secretariat's review is told to the reporting organisation through the delivery outbox (message type
-- REPORT_REVIEWED, metadata only): such a delivery names a report instead of a referral.
ALTER TABLE delivery ALTER COLUMN referral_id DROP NOT NULL;
ALTER TABLE delivery ADD COLUMN report_id UUID;
ALTER TABLE delivery ADD CONSTRAINT delivery_report FOREIGN KEY (report_id) REFERENCES report (id);
-- That a delivery names exactly one subject (referral, draft, report or saved query) is checked by V15.

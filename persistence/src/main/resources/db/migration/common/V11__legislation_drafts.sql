-- Draft legislation (issue 5, first slice): a draft is one FRBR work of one organisation; each submission of
-- the work is a version kept byte for byte, with its articles extracted for the article-level diff.
-- Portable between H2 2.2 and PostgreSQL 15 (BYTEA is an alias of VARBINARY in H2). Enum columns hold Java enum names.

CREATE TABLE legislation_draft (
    id              UUID PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    work_uri        VARCHAR(500)  NOT NULL,
    document_type   VARCHAR(20)   NOT NULL,
    country         VARCHAR(20)   NOT NULL,
    language        VARCHAR(20)   NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    submitted_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT legislation_draft_work UNIQUE (organisation_id, work_uri)
);
CREATE INDEX legislation_draft_updated ON legislation_draft (organisation_id, updated_at);

CREATE TABLE legislation_draft_version (
    id              UUID PRIMARY KEY,
    draft_id        UUID         NOT NULL REFERENCES legislation_draft (id),
    version_number  INTEGER      NOT NULL,
    expression_uri  VARCHAR(500) NOT NULL,
    content         BYTEA        NOT NULL,
    submitted_by    VARCHAR(100) NOT NULL,
    submitted_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT legislation_draft_version_number UNIQUE (draft_id, version_number)
);

CREATE TABLE legislation_draft_article (
    version_id       UUID           NOT NULL REFERENCES legislation_draft_version (id),
    article_position INTEGER        NOT NULL,
    e_id             VARCHAR(200)   NOT NULL,
    num              VARCHAR(200),
    heading          VARCHAR(2000),
    normalised_text  VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (version_id, article_position)
);

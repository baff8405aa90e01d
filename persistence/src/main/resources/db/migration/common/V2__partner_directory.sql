-- The partner directory: organisations, countries and their dated roles, working groups, partner systems
-- and service offerings. Portable between H2 2.2 and PostgreSQL 15. Enum columns hold Java enum names.

CREATE TABLE organisation (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    contact_email   VARCHAR(254) NOT NULL,
    contact_phone   VARCHAR(50),
    contact_address VARCHAR(500),
    status          VARCHAR(20)  NOT NULL,
    registered_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX organisation_country ON organisation (country);
CREATE INDEX organisation_name ON organisation (name);

CREATE TABLE country (
    code VARCHAR(2)   PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE country_role (
    id         UUID PRIMARY KEY,
    country    VARCHAR(2)  NOT NULL REFERENCES country (code),
    role       VARCHAR(20) NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE,
    version    BIGINT      NOT NULL,
    CONSTRAINT country_role_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX country_role_country ON country_role (country);

CREATE TABLE working_group (
    id      UUID PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    version BIGINT       NOT NULL
);

CREATE TABLE working_group_member (
    working_group_id UUID        NOT NULL REFERENCES working_group (id),
    organisation_id  UUID        NOT NULL REFERENCES organisation (id),
    role             VARCHAR(20) NOT NULL,
    PRIMARY KEY (working_group_id, organisation_id)
);

CREATE TABLE partner_system (
    id              UUID PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200)  NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    webhook_url     VARCHAR(2000),
    sftp_host       VARCHAR(253),
    sftp_port       INTEGER,
    sftp_path       VARCHAR(500),
    sftp_username   VARCHAR(64),
    formats         VARCHAR(1000) NOT NULL,
    -- keyId:base64(iv || ciphertext || tag), never the secret in clear
    signing_secret  VARCHAR(200),
    status          VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX partner_system_organisation ON partner_system (organisation_id);

CREATE TABLE service_offering (
    id              UUID PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    assistance_type VARCHAR(40)  NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    place           VARCHAR(200) NOT NULL,
    capacity        INTEGER,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT service_offering_capacity CHECK (capacity IS NULL OR capacity >= 0)
);
CREATE INDEX service_offering_organisation ON service_offering (organisation_id);
CREATE INDEX service_offering_type ON service_offering (assistance_type);

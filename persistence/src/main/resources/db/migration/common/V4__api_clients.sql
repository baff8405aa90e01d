-- API clients: the partner systems and operators that exchange client credentials for bearer tokens.
-- Only the Argon2id hash of a secret is stored. organisation_id and partner_system_id point at the
-- partner directory's tables without foreign keys, so this migration does not depend on theirs.
CREATE TABLE api_client (
    client_id         VARCHAR(64)  PRIMARY KEY,
    secret_hash       VARCHAR(255) NOT NULL,
    organisation_id   UUID,
    partner_system_id UUID,
    status            VARCHAR(10)  NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    secret_rotated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP(6) WITH TIME ZONE,
    version           BIGINT       NOT NULL,
    CONSTRAINT api_client_status_known CHECK (status IN ('ACTIVE', 'REVOKED')),
    -- a hub-admin client has no organisation; every other client acts for one partner system
    CONSTRAINT api_client_system_has_organisation CHECK (partner_system_id IS NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX api_client_organisation ON api_client (organisation_id);

CREATE TABLE api_client_role (
    client_id VARCHAR(64) NOT NULL REFERENCES api_client (client_id),
    role      VARCHAR(30) NOT NULL,
    PRIMARY KEY (client_id, role)
);
CREATE INDEX api_client_role_by_role ON api_client_role (role);

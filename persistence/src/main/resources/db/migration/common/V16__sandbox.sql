-- The sandbox (issue 7): integrators test a whole referral flow from their own systems on data kept apart from
-- the real network. A sandbox organisation is flagged for good (the flag never changes, so caches of it stay
-- true); a partner's sandbox twin points at the real organisation it was made for, one twin per organisation.
-- The built-in echo partner is seeded here with fixed, documented ids: it answers every referral it receives
-- from inside the hub (channel ECHO) and offers every assistance type in every country of the directory, so
-- referrals the hub routes from the service directory find it too. Portable between H2 2.2 and PostgreSQL 15.

ALTER TABLE organisation ADD COLUMN sandbox BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisation ADD COLUMN sandbox_of UUID REFERENCES organisation (id);
ALTER TABLE organisation ADD CONSTRAINT organisation_sandbox_twin_once UNIQUE (sandbox_of);
ALTER TABLE organisation ADD CONSTRAINT organisation_twin_is_sandbox CHECK (sandbox_of IS NULL OR sandbox);

INSERT INTO organisation (id, name, type, country, contact_email, contact_phone, contact_address, status, registered_at, version, sandbox, sandbox_of) VALUES
    ('10000000-0000-4000-8000-0000000000ec', 'CT Hub echo partner', 'NGO', 'CH', 'sandbox@cthub.example', NULL, NULL, 'ACTIVE',
     TIMESTAMP WITH TIME ZONE '2026-11-28 00:00:00+00', 0, TRUE, NULL);

INSERT INTO partner_system (id, organisation_id, name, channel, webhook_url, sftp_host, sftp_port, sftp_path, sftp_username, formats, signing_secret, status, created_at, version) VALUES
    ('30000000-0000-4000-8000-0000000000ec', '10000000-0000-4000-8000-0000000000ec', 'Echo (answers inside the hub)', 'ECHO',
     NULL, NULL, NULL, NULL, NULL, 'application/json', NULL, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-11-28 00:00:00+00', 0);

-- Every assistance type in every country, capacity not stated; ids e0000000-0000-4000-8000-<row number>.
INSERT INTO service_offering (id, organisation_id, assistance_type, country, place, capacity, updated_at, version)
SELECT CAST('e0000000-0000-4000-8000-' || LPAD(CAST(ROW_NUMBER() OVER (ORDER BY c.code, t.assistance_type) AS VARCHAR(12)), 12, '0') AS UUID),
       '10000000-0000-4000-8000-0000000000ec', t.assistance_type, c.code, 'Sandbox (echo partner)', NULL,
       TIMESTAMP WITH TIME ZONE '2026-11-28 00:00:00+00', 0
FROM country c CROSS JOIN (VALUES ('SHELTER'), ('MEDICAL'), ('PSYCHOSOCIAL'), ('LEGAL'), ('SECURITY'), ('RETURN'),
    ('REINTEGRATION'), ('VOCATIONAL_TRAINING'), ('JOB_REFERRAL'), ('SUBSIDISED_EMPLOYMENT'), ('SELF_EMPLOYMENT'),
    ('MICRO_CREDIT'), ('STI_HIV_COUNSELLING')) AS t (assistance_type);

-- The claim's indexes: only the rows a claim takes, in the order it takes them, so a claim reads as many
-- index entries as it takes rows instead of sorting every due row of a backlog (bench/README.md, cause 5):
-- waiting to be handed over (PENDING, RETRY_SCHEDULED) by channel and when they are due, and leased by when
-- the lease ends. Partial indexes are PostgreSQL's; H2, the one-node default, has none and keeps using
-- delivery_due. Flyway migrates before the hub serves, so a plain CREATE INDEX (seconds even for a million
-- deliveries) blocks no one.
CREATE INDEX delivery_claimable ON delivery (channel, next_attempt_at, id) WHERE status IN ('PENDING', 'RETRY_SCHEDULED');
CREATE INDEX delivery_leased ON delivery (lease_until, id) WHERE status = 'LEASED';

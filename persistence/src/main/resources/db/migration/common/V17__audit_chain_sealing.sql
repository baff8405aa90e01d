-- Audit entries are sealed into the hash chain after their transaction commits, by one sealer at a time,
-- instead of every audited transaction locking the chain's head until its own commit (which put every
-- audited write and read of every node in one line: bench/README.md). An entry is written with its
-- transaction, as before; its place in the chain and its hashes are filled in once, shortly after.
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_entry ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_chain_position_unique UNIQUE (chain_position);

ALTER TABLE audit_chain_head ADD COLUMN last_position BIGINT NOT NULL DEFAULT 0;

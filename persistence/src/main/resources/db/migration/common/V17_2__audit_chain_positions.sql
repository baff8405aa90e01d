-- Entries written before sealing were chained in id order (each took the head's lock before its insert):
-- their position is their id, and the head continues after the last of them.
UPDATE audit_entry SET chain_position = id WHERE chain_position IS NULL;
UPDATE audit_chain_head SET last_position = COALESCE((SELECT MAX(id) FROM audit_entry), 0) WHERE id = 1;

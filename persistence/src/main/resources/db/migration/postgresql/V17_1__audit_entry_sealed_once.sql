-- Still append-only, with one exception: sealing an entry into the chain, once. The sealer may set the
-- position (and the hashes, if the entry has none yet) of an entry that has no position; nothing else of
-- an entry can change, and a sealed entry cannot change at all.
CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
            AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
            AND NEW.id = OLD.id
            AND NEW.occurred_at = OLD.occurred_at
            AND NEW.actor = OLD.actor
            AND NEW.action = OLD.action
            AND NEW.target_type = OLD.target_type
            AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
            AND NEW.details IS NOT DISTINCT FROM OLD.details
            AND NEW.previous_hash IS NOT NULL AND NEW.hash IS NOT NULL
            AND (OLD.hash IS NULL OR (NEW.hash = OLD.hash AND NEW.previous_hash = OLD.previous_hash)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

-- What the sealer looks for: small, since entries leave it within a second.
CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE chain_position IS NULL;

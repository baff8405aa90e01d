-- A partner system may receive messages as XML shaped by its own mapping from the canonical JSON: stored
-- with the system as a JSON document (root element, namespace, pointer -> element/attribute pairs).
-- NULL means canonical JSON only. VARCHAR rather than TEXT/CLOB so H2 and PostgreSQL validate alike.
ALTER TABLE partner_system ADD COLUMN xml_mapping VARCHAR(20000);

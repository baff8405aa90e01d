-- Draft legislation in Word and PDF (issue 5): each version keeps the media type it was submitted with, so it
-- is handed back in its original format, and a Word version keeps the Akoma Ntoso the hub generated from it
-- (null for Akoma Ntoso, which is its own, and for PDF, which has none). Portable between H2 2.2 and PostgreSQL 15.

ALTER TABLE legislation_draft_version ADD COLUMN media_type VARCHAR(100) DEFAULT 'application/akn+xml' NOT NULL;
ALTER TABLE legislation_draft_version ADD COLUMN generated_akn BYTEA;

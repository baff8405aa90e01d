-- Routing of referrals: who chose the recipient (the sender or the service directory), the focal point a
-- referral was copied or escalated to, and each country's focal-point organisation. Expiry needs no column:
-- the deadline follows from submitted_at, the urgency and the configured limits, so a changed limit applies
-- to every referral still waiting. Portable between H2 2.2 and PostgreSQL 15; enum columns hold Java enum names.

ALTER TABLE referral ADD COLUMN routed_by VARCHAR(20) DEFAULT 'SENDER' NOT NULL;
ALTER TABLE referral ADD COLUMN focal_point_id UUID REFERENCES organisation (id);
-- the expiry check: unanswered referrals, oldest first
CREATE INDEX referral_awaiting_answer ON referral (status, submitted_at);
CREATE INDEX referral_focal_point ON referral (focal_point_id, submitted_at);

ALTER TABLE country ADD COLUMN focal_point_id UUID REFERENCES organisation (id);

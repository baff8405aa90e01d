-- Now that the directory and the clients live in one schema: a client always belongs to an existing
-- organisation and partner system (hub-admin clients have neither).
ALTER TABLE api_client ADD CONSTRAINT api_client_organisation_fk
    FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE api_client ADD CONSTRAINT api_client_partner_system_fk
    FOREIGN KEY (partner_system_id) REFERENCES partner_system (id);
CREATE INDEX api_client_partner_system ON api_client (partner_system_id);

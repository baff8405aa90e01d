-- placeholder, replaced by the partner directory schema
CREATE TABLE hub_instance (id VARCHAR(36) PRIMARY KEY, created_at TIMESTAMP WITH TIME ZONE NOT NULL);

-- The communes of a territory, identified by their INSEE code (a commune belongs to one territory).
CREATE TABLE commune (
    insee_code   VARCHAR(5)   PRIMARY KEY CHECK (insee_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
    territory_id BIGINT       NOT NULL REFERENCES territory (id),
    name         VARCHAR(120) NOT NULL CHECK (length(trim(name)) > 0)
);
CREATE INDEX commune_territory ON commune (territory_id, name);

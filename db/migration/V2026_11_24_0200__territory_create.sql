-- Territories of health democracy and their territorial health councils (one council per territory).
CREATE TABLE territory (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       VARCHAR(16)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    time_zone  VARCHAR(64)  NOT NULL DEFAULT 'Europe/Paris',
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE council (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    territory_id BIGINT       NOT NULL UNIQUE REFERENCES territory (id),
    name         VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    slug         VARCHAR(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

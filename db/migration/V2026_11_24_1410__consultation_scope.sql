-- A consultation concerns its whole territory, or only some of its communes (listed here).
CREATE TABLE consultation_commune (
    consultation_id BIGINT     NOT NULL REFERENCES consultation (id),
    insee_code      VARCHAR(5) NOT NULL REFERENCES commune (insee_code),
    PRIMARY KEY (consultation_id, insee_code)
);

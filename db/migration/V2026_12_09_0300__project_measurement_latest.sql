-- Each indicator's latest value in each commune, what the public dashboard tables (issue 13). Found from the history at
-- each view, it cost the dashboard most of its time at 50 indicators measured for five years in 300 communes
-- (ProjectDashboardBenchmark, 2026-12-07: the latest day's rows 343 ms at p95, DISTINCT ON 2.7 s, one index descent per
-- commune 607 ms; this table 117 ms). It is derived data, kept by the triggers below in the transaction that writes the
-- measurement, whoever writes it (the form, the CSV import's upsert, the demo): no writer can forget it. A measurement
-- replaces the commune's latest only if it is not older; two writers of one commune meet on the primary key's lock.
CREATE TABLE project_measurement_latest (
    indicator_id   BIGINT         NOT NULL REFERENCES project_indicator (id),
    insee_code     VARCHAR(5)     NOT NULL REFERENCES commune (insee_code),
    measurement_id BIGINT         NOT NULL REFERENCES project_measurement (id),
    measured_on    DATE           NOT NULL,
    value          NUMERIC(14, 3) NOT NULL,
    provenance     VARCHAR(300)   NOT NULL,
    recorded_by    BIGINT         NOT NULL,
    recorded_at    TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (indicator_id, insee_code)
);

-- Statement-level, over the transition table: an import of 100,000 rows runs one INSERT here, not 100,000. DISTINCT ON
-- keeps one row per commune, since ON CONFLICT may not touch a row twice in one statement.
CREATE FUNCTION project_measurement_keep_latest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO project_measurement_latest AS latest (indicator_id, insee_code, measurement_id, measured_on, value, provenance,
                                                      recorded_by, recorded_at)
    SELECT DISTINCT ON (m.indicator_id, m.insee_code) m.indicator_id, m.insee_code, m.id, m.measured_on, m.value, m.provenance,
           m.recorded_by, m.recorded_at
    FROM written m WHERE m.insee_code IS NOT NULL
    ORDER BY m.indicator_id, m.insee_code, m.measured_on DESC
    ON CONFLICT (indicator_id, insee_code) DO UPDATE
        SET measurement_id = EXCLUDED.measurement_id, measured_on = EXCLUDED.measured_on, value = EXCLUDED.value,
            provenance = EXCLUDED.provenance, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
        WHERE latest.measured_on <= EXCLUDED.measured_on;
    RETURN NULL;
END
$$;

CREATE TRIGGER project_measurement_latest_on_insert AFTER INSERT ON project_measurement
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION project_measurement_keep_latest();
CREATE TRIGGER project_measurement_latest_on_update AFTER UPDATE ON project_measurement
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION project_measurement_keep_latest();

INSERT INTO project_measurement_latest (indicator_id, insee_code, measurement_id, measured_on, value, provenance, recorded_by, recorded_at)
SELECT DISTINCT ON (indicator_id, insee_code) indicator_id, insee_code, id, measured_on, value, provenance, recorded_by, recorded_at
FROM project_measurement WHERE insee_code IS NOT NULL
ORDER BY indicator_id, insee_code, measured_on DESC;

-- The dashboard draws each indicator's territory series: with hundreds of communes measured each quarter, the territory's
-- rows are one in several hundred of an indicator's, and the unique key (indicator, day, commune) would make the query
-- read them all (ProjectDashboardBenchmark). This partial index holds the territory's rows only.
CREATE INDEX project_measurement_territory_series ON project_measurement (indicator_id, measured_on) WHERE insee_code IS NULL;

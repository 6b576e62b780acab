-- Events of a type this build does not know are kept (and counted as unknown) rather than refused.
ALTER TABLE event ADD COLUMN known BOOLEAN NOT NULL DEFAULT TRUE;
CREATE INDEX event_occurred ON event (occurred_at);

-- The committee's goals: a figure, its baseline and the target for a year (e.g. advice-seeking contacts 30 → 60).
CREATE TABLE goal (
    id             UUID          PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    metric         VARCHAR(100)  NOT NULL,
    baseline_year  INTEGER       NOT NULL,
    baseline_value NUMERIC(14,2) NOT NULL,
    target_value   NUMERIC(14,2) NOT NULL,
    target_year    INTEGER       NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    CHECK (target_year >= baseline_year)
);

-- The strategy's example goal: advice-seeking contacts a year, from 30 (2013) to 60.
INSERT INTO goal (id, name, metric, baseline_year, baseline_value, target_value, target_year, created_at) VALUES
    ('7a1b2c3d-0000-4000-8000-000000000001', 'Rådsökande kontakter per år', 'contacts.category.ADVICE', 2013, 30, 60,
     2026, now());

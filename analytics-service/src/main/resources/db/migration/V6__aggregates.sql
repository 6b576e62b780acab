-- Follow-up figures read day aggregates, never a period's events (docs/decisions.md, "Figures from day aggregates").

-- The order in which events were stored. The aggregates apply events in this order, at ingest and in a rebuild alike.
ALTER TABLE event ADD COLUMN seq BIGSERIAL;
CREATE UNIQUE INDEX event_seq ON event (seq);

-- Each contact case's first "opened" event: its later events are counted under the case's channel, category and
-- target group, which they do not carry themselves.
CREATE TABLE contact_case (
    subject      VARCHAR(100) PRIMARY KEY,
    opened_seq   BIGINT       NOT NULL,
    channel      TEXT         NOT NULL,
    category     TEXT         NOT NULL,
    target_group TEXT         NOT NULL
);
INSERT INTO contact_case (subject, opened_seq, channel, category, target_group)
SELECT DISTINCT ON (subject) subject, seq, coalesce(data ->> 'channel', ''), coalesce(data ->> 'category', ''),
       coalesce(data ->> 'targetGroup', '')
FROM event WHERE type = 'se.socialkontakt.contact.case.opened.v1'
ORDER BY subject, seq;

-- Generations of aggregates: one SERVING (what the figures read), at most one BUILDING (a rebuild from the event
-- archive, which holds every event with seq <= up_to_seq), and the RETIRED ones before them.
CREATE TABLE aggregate_generation (
    generation       INTEGER      PRIMARY KEY,
    state            VARCHAR(20)  NOT NULL CHECK (state IN ('BUILDING', 'SERVING', 'RETIRED')),
    up_to_seq        BIGINT       NOT NULL,
    events_total     BIGINT       NOT NULL,
    events_processed BIGINT       NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    started_by       VARCHAR(100) NOT NULL,
    finished_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX aggregate_generation_one_serving ON aggregate_generation (state) WHERE state = 'SERVING';
CREATE UNIQUE INDEX aggregate_generation_one_building ON aggregate_generation (state) WHERE state = 'BUILDING';

-- An empty archive starts with a serving generation; one with events builds the first generation at start-up.
INSERT INTO aggregate_generation (generation, state, up_to_seq, events_total, events_processed, started_at,
                                  started_by, finished_at)
SELECT 1, CASE WHEN count(*) = 0 THEN 'SERVING' ELSE 'BUILDING' END, 0, count(*), 0, now(), 'migration',
       CASE WHEN count(*) = 0 THEN now() END
FROM event;

-- A measure's count on one day for one combination of dimensions; '' where a dimension does not apply or is unknown.
CREATE TABLE aggregate (
    generation   INTEGER     NOT NULL,
    day          DATE        NOT NULL,
    measure      VARCHAR(60) NOT NULL,
    channel      TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    target_group TEXT        NOT NULL,
    unit         TEXT        NOT NULL,
    item         TEXT        NOT NULL,
    bucket       INTEGER     NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (generation, day, measure, channel, category, target_group, unit, item, bucket)
);

-- Demo data is published once per installation.
CREATE TABLE demo_load (
    id        INTEGER     PRIMARY KEY CHECK (id = 1),
    loaded_at TIMESTAMPTZ NOT NULL,
    events    INTEGER     NOT NULL
);

-- Admin acts on the figures (a rebuild), as in the other services.
CREATE TABLE audit_entry (
    id      UUID         PRIMARY KEY,
    at      TIMESTAMPTZ  NOT NULL,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(40)  NOT NULL,
    subject VARCHAR(100) NOT NULL,
    detail  VARCHAR(500)
);
CREATE INDEX audit_entry_subject ON audit_entry (subject, at);

-- The day cells rolled up to months and years, kept in the same transaction as the day cells, so that a year's
-- figures read one row per cell instead of some 700,000 day rows (docs/decisions.md, "Month and year roll-ups").
-- A roll-up row is the sum of its days' rows of the same generation; start is the first day of its month or year.
CREATE TABLE aggregate_rollup (
    generation   INTEGER     NOT NULL,
    level        VARCHAR(5)  NOT NULL CHECK (level IN ('MONTH', 'YEAR')),
    start        DATE        NOT NULL,
    measure      VARCHAR(60) NOT NULL,
    channel      TEXT        NOT NULL,
    category     TEXT        NOT NULL,
    target_group TEXT        NOT NULL,
    unit         TEXT        NOT NULL,
    item         TEXT        NOT NULL,
    bucket       INTEGER     NOT NULL,
    n            BIGINT      NOT NULL,
    PRIMARY KEY (generation, level, start, measure, channel, category, target_group, unit, item, bucket)
);

INSERT INTO aggregate_rollup (generation, level, start, measure, channel, category, target_group, unit, item, bucket, n)
SELECT generation, 'MONTH', date_trunc('month', day)::date, measure, channel, category, target_group, unit, item,
       bucket, sum(n)
FROM aggregate
GROUP BY generation, date_trunc('month', day)::date, measure, channel, category, target_group, unit, item, bucket;

INSERT INTO aggregate_rollup (generation, level, start, measure, channel, category, target_group, unit, item, bucket, n)
SELECT generation, 'YEAR', date_trunc('year', day)::date, measure, channel, category, target_group, unit, item,
       bucket, sum(n)
FROM aggregate
GROUP BY generation, date_trunc('year', day)::date, measure, channel, category, target_group, unit, item, bucket;

-- First responses are also counted without their case's dimensions (CONTACT_FIRST_RESPONSE_ALL_CASES), for the views
-- that no case dimension narrows: a year of a city's first responses is some 60,000 cells by channel, category and
-- target group but a few hundred buckets over all cases (docs/decisions.md, "Month and year roll-ups"). Built here
-- from the cells by case, for every generation, at every level.
INSERT INTO aggregate (generation, day, measure, channel, category, target_group, unit, item, bucket, n)
SELECT generation, day, 'CONTACT_FIRST_RESPONSE_ALL_CASES', '', '', '', '', '', bucket, sum(n)
FROM aggregate WHERE measure = 'CONTACT_FIRST_RESPONSE'
GROUP BY generation, day, bucket;

INSERT INTO aggregate_rollup (generation, level, start, measure, channel, category, target_group, unit, item, bucket, n)
SELECT generation, level, start, 'CONTACT_FIRST_RESPONSE_ALL_CASES', '', '', '', '', '', bucket, sum(n)
FROM aggregate_rollup WHERE measure = 'CONTACT_FIRST_RESPONSE'
GROUP BY generation, level, start, bucket;

-- The ingest's changes of the day cells wait here, appended in the ingest's transaction, to be rolled up to months
-- and years by a job of their own (aggregate/RollUp), outside the one transaction at a time that stores events
-- (docs/decisions.md, "Roll-ups by a projection of their own"). A roll-up row plus the changes of its days waiting
-- here is always the sum of its days: a reader of whole months or years adds them.
-- The day cells' columns, without their key or any index: rows are only appended, and taken all at once by the job.
CREATE TABLE aggregate_change (LIKE aggregate)
    WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- Figures read the aggregates since V6, and what still reads events by time names their type too (event_type_occurred:
-- the decisions not carried out, the crisis markers), so the index on occurred_at alone was kept up by every insert
-- and read by nothing.
DROP INDEX event_occurred;

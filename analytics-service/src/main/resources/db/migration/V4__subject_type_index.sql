-- The figures join each contact event to its case's "opened" event by subject and type. With an index on the subject
-- alone, every lookup walked all events of that subject: an FAQ article's views, tens of thousands a year, made a
-- day's figures take seconds. The subject's other readers (events about an aggregate, decisions not carried out) use
-- the same index by its first column, so it replaces the old one and inserts maintain no more indexes than before.
CREATE INDEX event_subject_type ON event (subject, type);
DROP INDEX event_subject;

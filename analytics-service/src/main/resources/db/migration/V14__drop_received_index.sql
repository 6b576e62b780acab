-- The newest receipt is read from the newest event by storage number (event_seq), which rises in commit order: the
-- index on received_at alone was one of five that every stored event updates, and served only that one read.
DROP INDEX event_received;

-- The chat's weekly opening hours (ISO day of week: 1 = Monday) and the dates that differ from them.
CREATE TABLE opening_hours (
    day_of_week SMALLINT PRIMARY KEY CHECK (day_of_week BETWEEN 1 AND 7),
    opens       TIME NOT NULL,
    closes      TIME NOT NULL,
    CHECK (opens < closes)
);

-- No times: closed that day. Times: open then instead of the usual hours (also on a holiday).
CREATE TABLE opening_exception (
    day    DATE PRIMARY KEY,
    opens  TIME,
    closes TIME,
    reason VARCHAR(200) NOT NULL,
    CHECK ((opens IS NULL AND closes IS NULL) OR (opens IS NOT NULL AND closes IS NOT NULL AND opens < closes))
);

-- A starting schedule for the demo and a new installation; the admin sets the real one.
INSERT INTO opening_hours (day_of_week, opens, closes) VALUES
    (1, '15:00', '20:00'), (2, '15:00', '20:00'), (3, '15:00', '20:00'), (4, '15:00', '20:00'),
    (5, '15:00', '20:00'), (7, '17:00', '20:00');

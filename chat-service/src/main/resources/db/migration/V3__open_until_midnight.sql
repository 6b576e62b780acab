-- A closing time of 00:00 means midnight at the end of the day (open until midnight, or all day 00:00-00:00).
ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_check;
ALTER TABLE opening_hours ADD CONSTRAINT opening_hours_period CHECK (opens < closes OR closes = '00:00');
ALTER TABLE opening_exception DROP CONSTRAINT opening_exception_check;
ALTER TABLE opening_exception ADD CONSTRAINT opening_exception_period CHECK (
    (opens IS NULL AND closes IS NULL)
    OR (opens IS NOT NULL AND closes IS NOT NULL AND (opens < closes OR closes = '00:00')));

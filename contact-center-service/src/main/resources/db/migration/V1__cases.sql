-- summary holds what the resident said: it stays here and never travels in an event.
CREATE TABLE contact_case (
    id         UUID PRIMARY KEY,
    channel    VARCHAR(20)   NOT NULL,
    category   VARCHAR(30)   NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    logged_by  VARCHAR(100)  NOT NULL,
    logged_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX contact_case_logged_at ON contact_case (logged_at DESC);

-- Crisis messages: published by communicators or managers, shown on every resident page while valid.
CREATE TABLE crisis_message (
    id           UUID         PRIMARY KEY,
    text_sv      VARCHAR(500) NOT NULL,
    text_en      VARCHAR(500),
    valid_from   TIMESTAMPTZ  NOT NULL,
    valid_until  TIMESTAMPTZ  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL,
    withdrawn_by VARCHAR(100),
    withdrawn_at TIMESTAMPTZ,
    CHECK (valid_from < valid_until)
);
CREATE INDEX crisis_message_valid ON crisis_message (valid_until DESC);

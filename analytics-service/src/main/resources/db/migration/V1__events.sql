-- Every event of the suite, stored once: the primary key is the CloudEvent id, so a redelivery inserts nothing.
CREATE TABLE event (
    id          VARCHAR(100) PRIMARY KEY,
    type        VARCHAR(200) NOT NULL,
    source      VARCHAR(200) NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    data        JSONB        NOT NULL
);
CREATE INDEX event_type_occurred ON event (type, occurred_at);
CREATE INDEX event_subject ON event (subject);

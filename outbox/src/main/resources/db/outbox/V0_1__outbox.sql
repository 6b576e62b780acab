-- The transactional outbox shared by every producing service (migration location db/outbox).
CREATE TABLE outbox_event (
    id           UUID PRIMARY KEY,             -- the CloudEvent id
    aggregate_id UUID         NOT NULL,        -- the Kafka record key
    type         VARCHAR(200) NOT NULL,
    payload      TEXT         NOT NULL,        -- the CloudEvent in structured JSON mode
    created_at   TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000)
);

CREATE INDEX outbox_event_unsent ON outbox_event (created_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Complaints, suggestions and praise about units, tracked against the promise to acknowledge within 2 and answer
-- within 10 working days.
CREATE SEQUENCE feedback_number;

CREATE TABLE feedback (
    id               UUID          PRIMARY KEY,
    reference        VARCHAR(30)   NOT NULL UNIQUE,
    kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('COMPLAINT', 'SUGGESTION', 'PRAISE')),
    unit_code        VARCHAR(40)   NOT NULL REFERENCES unit (code),
    body             VARCHAR(4000) NOT NULL,
    -- Anonymous feedback has no way back to its sender: no name, no contact details.
    anonymous        BOOLEAN       NOT NULL,
    sender_name      VARCHAR(200),
    contact_details  VARCHAR(200),
    received_at      TIMESTAMPTZ   NOT NULL,
    acknowledge_due  TIMESTAMPTZ   NOT NULL,
    answer_due       TIMESTAMPTZ   NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  VARCHAR(100),
    answered_at      TIMESTAMPTZ,
    answered_by      VARCHAR(100),
    answer           VARCHAR(4000),
    CHECK (NOT anonymous OR (sender_name IS NULL AND contact_details IS NULL))
);
CREATE INDEX feedback_unit ON feedback (unit_code, received_at DESC);

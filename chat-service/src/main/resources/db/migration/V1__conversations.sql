CREATE TABLE conversation (
    id           UUID PRIMARY KEY,
    status       VARCHAR(20) NOT NULL,
    age_band     VARCHAR(20) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);

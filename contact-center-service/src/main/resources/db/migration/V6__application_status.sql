-- What the contact center knows of housing applications, from eservice-housing's events only: status and dates,
-- never content. Keyed by the reference the applicant quotes on the phone.
CREATE TABLE application_status (
    application_id UUID        PRIMARY KEY,
    reference      VARCHAR(30) UNIQUE,
    status         VARCHAR(30) NOT NULL,
    status_at      TIMESTAMPTZ NOT NULL,
    submitted_at   TIMESTAMPTZ,
    decided_at     TIMESTAMPTZ,
    decision       VARCHAR(20)
);

-- Events already applied, so a redelivery changes nothing.
CREATE TABLE applied_event (
    id         VARCHAR(200) PRIMARY KEY,
    applied_at TIMESTAMPTZ  NOT NULL
);

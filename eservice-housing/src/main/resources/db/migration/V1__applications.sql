-- The applicant's personal identity number stays in this database; it never leaves in an event.
CREATE TABLE application (
    id                        UUID PRIMARY KEY,
    status                    VARCHAR(20) NOT NULL,
    applicant_role            VARCHAR(20) NOT NULL,
    submitter_identity_number VARCHAR(12) NOT NULL,
    started_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX application_submitter ON application (submitter_identity_number);

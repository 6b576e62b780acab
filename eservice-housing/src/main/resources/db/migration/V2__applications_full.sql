-- The whole application: the wizard's answers, its way from draft to decision and appeal, messages, attachments,
-- the export to the case system, the catalogue of homes, and the audit log of assessors' reads.

CREATE SEQUENCE application_number;

ALTER TABLE application RENAME COLUMN submitter_identity_number TO owner_identity_number;
ALTER INDEX application_submitter RENAME TO application_owner;
ALTER TABLE application
    ALTER COLUMN status TYPE VARCHAR(30),
    ADD COLUMN reference          VARCHAR(30) UNIQUE,
    ADD COLUMN channel            VARCHAR(10) NOT NULL DEFAULT 'DIGITAL' CHECK (channel IN ('DIGITAL', 'PAPER')),
    -- The wizard's answers, step by step, as JSON (see ApplicationForm); drafts may be incomplete.
    ADD COLUMN answers            JSONB       NOT NULL DEFAULT '{}',
    -- The person who would move in: the owner when applying for oneself, else the one named in step 1.
    ADD COLUMN subject_identity_number VARCHAR(12),
    ADD COLUMN updated_at         TIMESTAMPTZ,
    ADD COLUMN submitted_at       TIMESTAMPTZ,
    ADD COLUMN assessor           VARCHAR(100),
    ADD COLUMN registered_at      TIMESTAMPTZ,
    ADD COLUMN case_system_id     VARCHAR(100),
    ADD COLUMN decision_outcome   VARCHAR(20) CHECK (decision_outcome IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
    ADD COLUMN decision_text      VARCHAR(4000),
    ADD COLUMN decided_at         TIMESTAMPTZ,
    ADD COLUMN offer_made_at      TIMESTAMPTZ,
    ADD COLUMN moved_in_at        TIMESTAMPTZ,
    ADD COLUMN closed_at          TIMESTAMPTZ,
    ADD COLUMN appealed_at        TIMESTAMPTZ,
    ADD COLUMN appeal_text        VARCHAR(4000),
    ADD COLUMN appeal_outcome     VARCHAR(20) CHECK (appeal_outcome IN ('UPHELD', 'CHANGED', 'WITHDRAWN')),
    ADD COLUMN appeal_decided_at  TIMESTAMPTZ;
UPDATE application SET updated_at = started_at;
ALTER TABLE application ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX application_subject ON application (subject_identity_number);
CREATE INDEX application_inbox ON application (submitted_at) WHERE status NOT IN ('DRAFT', 'MOVED_IN', 'CLOSED');

CREATE TABLE application_status_change (
    id             UUID         PRIMARY KEY,
    application_id UUID         NOT NULL REFERENCES application (id),
    status         VARCHAR(30)  NOT NULL,
    changed_at     TIMESTAMPTZ  NOT NULL,
    changed_by     VARCHAR(100) NOT NULL
);
CREATE INDEX application_status_change_application ON application_status_change (application_id, changed_at);

-- Messages between the applicant and the assessor; a request for more information is one of them.
CREATE TABLE application_message (
    id             UUID          PRIMARY KEY,
    application_id UUID          NOT NULL REFERENCES application (id),
    sender         VARCHAR(20)   NOT NULL CHECK (sender IN ('APPLICANT', 'ASSESSOR')),
    kind           VARCHAR(30)   NOT NULL CHECK (kind IN ('MESSAGE', 'INFORMATION_REQUEST', 'SUPPLEMENT', 'APPEAL')),
    author         VARCHAR(100)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    sent_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX application_message_application ON application_message (application_id, sent_at);

-- Attachments: PDF, JPEG or PNG, recognised by their content, never by their name.
CREATE TABLE application_attachment (
    id             UUID         PRIMARY KEY,
    application_id UUID         NOT NULL REFERENCES application (id),
    message_id     UUID         REFERENCES application_message (id),
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(50)  NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX application_attachment_application ON application_attachment (application_id);

-- The delivery of a submitted application to the case system: retried until a receipt comes back.
CREATE TABLE case_system_export (
    application_id  UUID         PRIMARY KEY REFERENCES application (id),
    idempotency_key UUID         NOT NULL UNIQUE,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(500),
    receipt         VARCHAR(200),
    delivered_at    TIMESTAMPTZ
);
CREATE INDEX case_system_export_due ON case_system_export (next_attempt_at) WHERE delivered_at IS NULL;

CREATE TABLE home (
    id              UUID          PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    district        VARCHAR(60)   NOT NULL,
    address         VARCHAR(200)  NOT NULL,
    specialisations VARCHAR(200)  NOT NULL DEFAULT '',
    couples_welcome BOOLEAN       NOT NULL,
    phone           VARCHAR(40)   NOT NULL,
    description_sv  VARCHAR(2000) NOT NULL,
    description_en  VARCHAR(2000),
    photo_path      VARCHAR(200),
    photo_alt_sv    VARCHAR(200),
    photo_alt_en    VARCHAR(200),
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CHECK ((photo_path IS NULL) = (photo_alt_sv IS NULL))
);

CREATE TABLE audit_entry (
    id      UUID         PRIMARY KEY,
    at      TIMESTAMPTZ  NOT NULL,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(40)  NOT NULL,
    subject VARCHAR(100) NOT NULL,
    detail  VARCHAR(500)
);
CREATE INDEX audit_entry_subject ON audit_entry (subject, at);

-- Fictional homes for the demo; phone numbers from the range PTS keeps for fiction (08-465 004 00–99).
INSERT INTO home (id, name, district, address, specialisations, couples_welcome, phone, description_sv, description_en)
VALUES
    ('5d1c2b3a-0000-4000-8000-000000000001', 'Lindgårdens vård- och omsorgsboende', 'Norra', 'Lindvägen 12',
     'DEMENTIA', TRUE, '08-465 004 10',
     'Ett mindre boende med 40 lägenheter i fyra enheter, varav två för personer med demenssjukdom. Trädgård med odlingslådor.',
     'A small home with 40 apartments in four units, two of them for people with dementia. Garden with raised beds.'),
    ('5d1c2b3a-0000-4000-8000-000000000002', 'Solhemmet', 'Centrum', 'Storgatan 3',
     'SOMATIC', TRUE, '08-465 004 11',
     'Centralt boende nära torget och vårdcentralen. Par är välkomna att flytta in tillsammans.',
     'Central home near the square and the health centre. Couples are welcome to move in together.'),
    ('5d1c2b3a-0000-4000-8000-000000000003', 'Kaski – finskspråkigt boende', 'Västra', 'Björkallén 8',
     'LANGUAGE_FINNISH', FALSE, '08-465 004 12',
     'Boende med finskspråkig personal och finsk matkultur, inom förvaltningsområdet för finska.',
     'Home with Finnish-speaking staff and Finnish food culture, within the Finnish administrative area.'),
    ('5d1c2b3a-0000-4000-8000-000000000004', 'Hamnens korttids- och demensboende', 'Södra', 'Kajen 21',
     'DEMENTIA,PSYCHIATRY', FALSE, '08-465 004 13',
     'Boende för personer med demenssjukdom eller psykiatrisk diagnos, med utsikt över hamnen.',
     'Home for people with dementia or a psychiatric diagnosis, overlooking the harbour.');

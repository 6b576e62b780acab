-- The front door: admin-editable lists, routing to units, SLA clocks, merging, identified callers, audit.

CREATE TABLE unit (
    code    VARCHAR(40)  PRIMARY KEY,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Which handlers work in which unit's list.
CREATE TABLE unit_member (
    unit_code VARCHAR(40)  NOT NULL REFERENCES unit (code),
    username  VARCHAR(100) NOT NULL,
    PRIMARY KEY (unit_code, username)
);

CREATE TABLE category (
    code    VARCHAR(40)  PRIMARY KEY,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    -- The routing rule: cases of this category that need more than a first answer go to this unit.
    unit_code VARCHAR(40) REFERENCES unit (code)
);

CREATE TABLE target_group (
    code    VARCHAR(40)  PRIMARY KEY,
    name_sv VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE
);

INSERT INTO unit (code, name_sv, name_en) VALUES
    ('CHILDREN_FAMILY', 'Barn och familj – mottagning', 'Children and families – intake'),
    ('ADULTS', 'Vuxenenheten', 'Adult services'),
    ('FINANCIAL_AID', 'Ekonomiskt bistånd', 'Financial assistance'),
    ('ELDERLY', 'Äldreomsorg – biståndshandläggning', 'Elderly care – needs assessment'),
    ('DISABILITY', 'Funktionsstöd', 'Disability support'),
    ('ADDICTION', 'Beroendeenheten', 'Addiction services');

INSERT INTO unit_member (unit_code, username) VALUES
    ('CHILDREN_FAMILY', 'handler'), ('ADULTS', 'handler'), ('FINANCIAL_AID', 'handler'), ('ELDERLY', 'handler'),
    ('DISABILITY', 'handler'), ('ADDICTION', 'handler');

INSERT INTO category (code, name_sv, name_en, unit_code) VALUES
    ('ADVICE', 'Råd och allmänna frågor', 'Advice and general questions', 'ADULTS'),
    ('HOUSING', 'Boende', 'Housing', 'ADULTS'),
    ('ELDERLY_CARE', 'Äldreomsorg', 'Elderly care', 'ELDERLY'),
    ('DISABILITY', 'Funktionsnedsättning', 'Disability', 'DISABILITY'),
    ('FINANCIAL_AID', 'Ekonomiskt bistånd', 'Financial assistance', 'FINANCIAL_AID'),
    ('CHILDREN_AND_FAMILY', 'Barn och familj', 'Children and families', 'CHILDREN_FAMILY'),
    ('ADDICTION', 'Missbruk och beroende', 'Substance abuse and addiction', 'ADDICTION'),
    ('OTHER', 'Övrigt', 'Other', 'ADULTS');

INSERT INTO target_group (code, name_sv, name_en) VALUES
    ('INDIVIDUALS_WITH_SUPPORT', 'Enskilda med insatser', 'Individuals receiving support'),
    ('RELATIVES', 'Anhöriga', 'Relatives'),
    ('ALL_RESIDENTS', 'Alla invånare', 'All residents'),
    ('PARTNERS', 'Samverkanspartner', 'Partners');

CREATE SEQUENCE case_number;

ALTER TABLE contact_case
    ALTER COLUMN category TYPE VARCHAR(40),
    ADD COLUMN reference          VARCHAR(30),
    ADD COLUMN target_group       VARCHAR(40) REFERENCES target_group (code),
    ADD COLUMN status             VARCHAR(20) NOT NULL DEFAULT 'OPEN',
    -- Only when the resident chose to be identified: then earlier contacts can be found (with an audit entry).
    ADD COLUMN person_number      VARCHAR(12),
    ADD COLUMN contact_details    VARCHAR(200),
    ADD COLUMN unit_code          VARCHAR(40) REFERENCES unit (code),
    ADD COLUMN routed_at          TIMESTAMPTZ,
    ADD COLUMN first_response_at  TIMESTAMPTZ,
    ADD COLUMN first_response_due TIMESTAMPTZ,
    ADD COLUMN resolution_due     TIMESTAMPTZ,
    ADD COLUMN resolved_at        TIMESTAMPTZ,
    ADD COLUMN resolved_by        VARCHAR(100),
    ADD COLUMN resolution         VARCHAR(4000),
    ADD COLUMN resolved_at_first_contact BOOLEAN,
    ADD COLUMN first_response_breached   BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN resolution_breached       BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN escalated_at       TIMESTAMPTZ,
    ADD COLUMN merged_into        UUID REFERENCES contact_case (id),
    ADD CONSTRAINT contact_case_category_fk FOREIGN KEY (category) REFERENCES category (code);

UPDATE contact_case SET reference = 'KC-' || to_char(logged_at, 'YYYY') || '-' || lpad(nextval('case_number')::text, 6, '0'),
    first_response_at = logged_at, first_response_due = logged_at, resolution_due = logged_at,
    target_group = 'ALL_RESIDENTS';
ALTER TABLE contact_case ALTER COLUMN reference SET NOT NULL, ADD CONSTRAINT contact_case_reference UNIQUE (reference),
    ALTER COLUMN target_group SET NOT NULL, ALTER COLUMN first_response_due SET NOT NULL,
    ALTER COLUMN resolution_due SET NOT NULL;
ALTER TABLE contact_case RENAME COLUMN logged_at TO opened_at;
ALTER TABLE contact_case RENAME COLUMN logged_by TO opened_by;
ALTER INDEX contact_case_logged_at RENAME TO contact_case_opened_at;

CREATE INDEX contact_case_unit_open ON contact_case (unit_code, resolution_due) WHERE status = 'ROUTED';
CREATE INDEX contact_case_person ON contact_case (person_number) WHERE person_number IS NOT NULL;
CREATE INDEX contact_case_due ON contact_case (resolution_due) WHERE status IN ('OPEN', 'ROUTED');

-- Answers and notes on a case, by agents and handlers.
CREATE TABLE case_entry (
    id         UUID          PRIMARY KEY,
    case_id    UUID          NOT NULL REFERENCES contact_case (id),
    kind       VARCHAR(20)   NOT NULL CHECK (kind IN ('ANSWER', 'NOTE')),
    author     VARCHAR(100)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    written_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX case_entry_case ON case_entry (case_id, written_at);

-- Every staff read of personal data: a look-up of an identified person's earlier contacts, an application status.
CREATE TABLE audit_entry (
    id      UUID         PRIMARY KEY,
    at      TIMESTAMPTZ  NOT NULL,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(40)  NOT NULL,
    subject VARCHAR(100) NOT NULL,
    detail  VARCHAR(500)
);
CREATE INDEX audit_entry_subject ON audit_entry (subject, at);

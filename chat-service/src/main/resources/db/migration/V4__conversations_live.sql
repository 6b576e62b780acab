-- The live chat: conversations from queue to erasure, their messages and notes, presence, risk terms, blocks, audit.
ALTER TABLE conversation
    ADD COLUMN topic              VARCHAR(30),
    ADD COLUMN practice           BOOLEAN     NOT NULL DEFAULT FALSE,
    -- SHA-256 of the young person's secret; the secret itself is never stored.
    ADD COLUMN token_hash         BYTEA,
    ADD COLUMN last_seq           BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN risk_level         VARCHAR(20) NOT NULL DEFAULT 'NONE',
    ADD COLUMN risk_rank          SMALLINT    NOT NULL DEFAULT 0,
    ADD COLUMN counsellor         VARCHAR(100),
    ADD COLUMN started_at         TIMESTAMPTZ,
    ADD COLUMN first_response_at  TIMESTAMPTZ,
    ADD COLUMN ended_at           TIMESTAMPTZ,
    ADD COLUMN ended_by           VARCHAR(20),
    ADD COLUMN wrapped_up_at      TIMESTAMPTZ,
    ADD COLUMN topics             VARCHAR(400),
    ADD COLUMN helped             BOOLEAN,
    -- While queued and nobody is connected: since when (a young person gone too long has abandoned the queue).
    ADD COLUMN youth_away_since   TIMESTAMPTZ,
    -- A keyed hash of the young person's address under the salt of one day; the address is never stored.
    ADD COLUMN fingerprint_day    DATE,
    ADD COLUMN fingerprint        BYTEA,
    ADD COLUMN erase_at           TIMESTAMPTZ,
    ADD COLUMN erased_at          TIMESTAMPTZ,
    ADD COLUMN preserved_until    TIMESTAMPTZ,
    ADD COLUMN preserved_reason   VARCHAR(500),
    ADD COLUMN preserved_by       VARCHAR(100);

CREATE INDEX conversation_queue ON conversation (risk_rank DESC, requested_at) WHERE status = 'QUEUED';
CREATE INDEX conversation_active ON conversation (counsellor) WHERE status = 'ACTIVE';
CREATE INDEX conversation_erase ON conversation (erase_at) WHERE erased_at IS NULL;

CREATE TABLE chat_message (
    conversation_id UUID         NOT NULL REFERENCES conversation (id),
    seq             BIGINT       NOT NULL,
    client_id       UUID         NOT NULL,
    sender          VARCHAR(20)  NOT NULL,
    author          VARCHAR(100),
    body            VARCHAR(4000) NOT NULL,
    sent_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (conversation_id, seq),
    -- A resend after a network drop carries the same client id and is stored once.
    UNIQUE (conversation_id, client_id)
);

-- Internal notes of counsellors and supervisors: never shown to the young person, erased with the transcript.
CREATE TABLE chat_note (
    id              UUID         PRIMARY KEY,
    conversation_id UUID         NOT NULL REFERENCES conversation (id),
    author          VARCHAR(100) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    written_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX chat_note_conversation ON chat_note (conversation_id);

-- Supervisors who joined a conversation, silently (read only) or openly.
CREATE TABLE conversation_supervisor (
    conversation_id UUID         NOT NULL REFERENCES conversation (id),
    supervisor      VARCHAR(100) NOT NULL,
    silent          BOOLEAN      NOT NULL,
    joined_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (conversation_id, supervisor)
);

-- Which counsellors are connected and available, per chat-service instance; a row not seen lately is stale.
CREATE TABLE counsellor_presence (
    instance_id VARCHAR(64)  NOT NULL,
    username    VARCHAR(100) NOT NULL,
    available   BOOLEAN      NOT NULL,
    seen_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (instance_id, username)
);

-- Words, phrases and emoji that flag a message; the admin keeps the list.
CREATE TABLE risk_term (
    term  VARCHAR(100) PRIMARY KEY,
    level VARCHAR(20)  NOT NULL CHECK (level IN ('ELEVATED', 'HIGH'))
);

-- One random salt a day for address fingerprints; kept only while a block made under it lasts.
CREATE TABLE fingerprint_salt (
    day  DATE  PRIMARY KEY,
    salt BYTEA NOT NULL
);

CREATE TABLE participant_block (
    id              UUID         PRIMARY KEY,
    fingerprint_day DATE         NOT NULL REFERENCES fingerprint_salt (day),
    fingerprint     BYTEA        NOT NULL,
    blocked_until   TIMESTAMPTZ  NOT NULL,
    blocked_by      VARCHAR(100) NOT NULL,
    reason          VARCHAR(500) NOT NULL
);

CREATE TABLE canned_response (
    id       UUID          PRIMARY KEY,
    category VARCHAR(20)   NOT NULL CHECK (category IN ('GREETING', 'ENDING', 'REFERRAL', 'OTHER')),
    title    VARCHAR(100)  NOT NULL,
    body     VARCHAR(2000) NOT NULL,
    position INTEGER       NOT NULL
);

-- Every staff read of a preserved transcript, every preservation and every block.
CREATE TABLE audit_entry (
    id              UUID         PRIMARY KEY,
    at              TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    conversation_id UUID         NOT NULL,
    detail          VARCHAR(500)
);
CREATE INDEX audit_entry_conversation ON audit_entry (conversation_id);

-- A starting list from the chat guidelines; admins and supervisors refine it.
INSERT INTO risk_term (term, level) VALUES
    ('självmord', 'HIGH'), ('ta livet av mig', 'HIGH'), ('vill dö', 'HIGH'), ('vill inte leva', 'HIGH'),
    ('skada mig själv', 'HIGH'), ('skär mig', 'HIGH'), ('hänga mig', 'HIGH'), ('överdos', 'HIGH'),
    ('våldtog', 'HIGH'), ('våldtäkt', 'HIGH'), ('slår mig', 'HIGH'), ('misshandlar', 'HIGH'), ('🔪', 'HIGH'),
    ('⚰️', 'HIGH'), ('rädd att gå hem', 'ELEVATED'), ('vågar inte gå hem', 'ELEVATED'), ('hotar mig', 'ELEVATED'),
    ('tar droger', 'ELEVATED'), ('ingen bryr sig', 'ELEVATED'), ('💊', 'ELEVATED'), ('😭', 'ELEVATED');

INSERT INTO canned_response (id, category, title, body, position) VALUES
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a01', 'GREETING', 'Hälsning',
     'Hej och välkommen till chatten! Jag heter {namn} och är kurator på socialtjänsten. Vad vill du prata om i dag?', 1),
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a02', 'GREETING', 'Anonymt',
     'Du är anonym här. Du behöver inte berätta vad du heter eller var du bor.', 2),
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a03', 'ENDING', 'Avslutning',
     'Tack för att du hörde av dig. Du är alltid välkommen tillbaka till chatten när den är öppen. Ta hand om dig!', 3),
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a04', 'REFERRAL', 'BRIS',
     'Du kan också prata med BRIS dygnet runt på telefon 116 111 eller i deras chatt på bris.se.', 4),
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a05', 'REFERRAL', 'Akut',
     'Om du är i fara just nu, ring 112. Det är gratis och de svarar dygnet runt.', 5),
    ('6c0b1c4e-2a51-4a4b-9a43-1f0f7e5d2a06', 'REFERRAL', 'Kontaktcenter',
     'Vill du ha kontakt med socialtjänsten utanför chatten kan du ringa kontaktcenter, så hjälper de dig vidare.', 6);

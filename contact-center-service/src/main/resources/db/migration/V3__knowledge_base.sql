-- The knowledge base: public FAQ articles and agents' internal answers, searchable in Swedish as people type.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE faq_article (
    id           UUID          PRIMARY KEY,
    category     VARCHAR(40)   NOT NULL REFERENCES category (code),
    -- INTERNAL answers are for agents and handlers only and never leave the staff API.
    audience     VARCHAR(20)   NOT NULL CHECK (audience IN ('PUBLIC', 'INTERNAL')),
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    title_sv     VARCHAR(200)  NOT NULL,
    body_sv      VARCHAR(20000) NOT NULL,
    title_en     VARCHAR(200),
    body_en      VARCHAR(20000),
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    published_at TIMESTAMPTZ,
    updated_by   VARCHAR(100)  NOT NULL,
    views        BIGINT        NOT NULL DEFAULT 0,
    helpful_yes  BIGINT        NOT NULL DEFAULT 0,
    helpful_no   BIGINT        NOT NULL DEFAULT 0,
    search_sv    TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', title_sv), 'A') || setweight(to_tsvector('swedish', body_sv), 'B')) STORED,
    search_en    TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
        || setweight(to_tsvector('english', coalesce(body_en, '')), 'B')) STORED,
    -- The words of the article for similarity search: "ansökan" finds "ansöka", which the stemmer alone does not.
    words_sv     TEXT GENERATED ALWAYS AS (lower(title_sv || ' ' || body_sv)) STORED,
    CHECK ((title_en IS NULL) = (body_en IS NULL))
);
CREATE INDEX faq_article_search_sv ON faq_article USING GIN (search_sv);
CREATE INDEX faq_article_search_en ON faq_article USING GIN (search_en);
CREATE INDEX faq_article_words_sv ON faq_article USING GIN (words_sv gin_trgm_ops);
CREATE INDEX faq_article_updated ON faq_article (updated_at DESC) WHERE status = 'PUBLISHED';

CREATE TABLE faq_related (
    article_id UUID NOT NULL REFERENCES faq_article (id) ON DELETE CASCADE,
    related_id UUID NOT NULL REFERENCES faq_article (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, related_id),
    CHECK (article_id <> related_id)
);

INSERT INTO faq_article (id, category, audience, status, title_sv, body_sv, title_en, body_en, created_at, updated_at,
                         published_at, updated_by) VALUES
    ('0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001', 'ELDERLY_CARE', 'PUBLIC', 'PUBLISHED',
     'Hur ansöker jag om särskilt boende?',
     'Du kan ansöka om särskilt boende i e-tjänsten för äldreomsorg, eller på papper. En biståndshandläggare utreder ditt behov och fattar beslut. Du får beslutet skriftligt och kan överklaga det inom tre veckor.',
     'How do I apply for special housing?',
     'You can apply for special housing in the e-service for elderly care, or on paper. A needs assessor investigates your needs and decides. You get the decision in writing and can appeal within three weeks.',
     now(), now(), now(), 'communicator'),
    ('0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0002', 'FINANCIAL_AID', 'PUBLIC', 'PUBLISHED',
     'Vilka papper behövs för ekonomiskt bistånd?',
     'Till en ansökan om ekonomiskt bistånd behöver du kontoutdrag för de senaste tre månaderna, hyresavi och underlag för alla inkomster i hushållet.',
     'Which papers do I need for financial assistance?',
     'For an application for financial assistance you need bank statements for the last three months, your rent notice and evidence of all income in the household.',
     now(), now(), now(), 'communicator'),
    ('0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0003', 'CHILDREN_AND_FAMILY', 'PUBLIC', 'PUBLISHED',
     'Vart vänder jag mig om jag är orolig för ett barn?',
     'Är du orolig för att ett barn far illa kan du göra en orosanmälan till socialtjänsten. Du kan vara anonym. Är det akut, ring 112.',
     'Where do I turn if I am worried about a child?',
     'If you are worried that a child is being harmed you can report your concern to social services. You can stay anonymous. In an emergency, call 112.',
     now(), now(), now(), 'communicator'),
    ('0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0004', 'ELDERLY_CARE', 'INTERNAL', 'PUBLISHED',
     'Intern: status på ansökan om särskilt boende',
     'Identifiera den som ringer, slå upp ansökans status i konsolen och berätta vad som händer härnäst. Lämna aldrig ut innehållet i ansökan.',
     NULL, NULL, now(), now(), now(), 'communicator');

INSERT INTO faq_related (article_id, related_id) VALUES
    ('0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001', '0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0002');

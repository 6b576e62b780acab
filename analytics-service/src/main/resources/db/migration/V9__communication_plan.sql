-- Each goal's communication plan (issue #16): what it is for, whom it addresses, what it says and where, and the
-- activities that carry it out. The activities of all goals make the administration's shared annual plan.
CREATE TABLE goal_plan (
    goal_id       UUID         PRIMARY KEY REFERENCES goal (id),
    purpose       TEXT         NOT NULL,
    target_groups TEXT         NOT NULL,
    messages      TEXT         NOT NULL,
    channels      TEXT         NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

CREATE TABLE plan_activity (
    id           UUID         PRIMARY KEY,
    goal_id      UUID         NOT NULL REFERENCES goal (id),
    starts_on    DATE         NOT NULL,
    -- The last day of a period; null for an activity on one day.
    ends_on      DATE,
    activity     VARCHAR(300) NOT NULL,
    target_group VARCHAR(200) NOT NULL,
    responsible  VARCHAR(200) NOT NULL,
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    updated_at   TIMESTAMPTZ  NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX plan_activity_starts_on ON plan_activity (starts_on);

-- Calendar clients cannot send a bearer token: each member of staff may hold one secret feed address. Only the
-- SHA-256 of its token is kept; revoking sets revoked_at, and a new address revokes the old.
CREATE TABLE plan_feed (
    id         UUID         PRIMARY KEY,
    owner      VARCHAR(100) NOT NULL,
    token_hash CHAR(64)     NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX plan_feed_one_per_owner ON plan_feed (owner) WHERE revoked_at IS NULL;

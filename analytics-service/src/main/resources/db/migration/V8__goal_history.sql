-- Managers keep the goals in the dashboard (issue #16): a goal goes up or down (the strategy wants fewer incoming
-- questions and complaints), names the role that answers for it, and is retired rather than deleted.
ALTER TABLE goal ADD COLUMN direction VARCHAR(4) NOT NULL DEFAULT 'UP' CHECK (direction IN ('UP', 'DOWN'));
ALTER TABLE goal ALTER COLUMN direction DROP DEFAULT;
ALTER TABLE goal ADD COLUMN responsible VARCHAR(200);
-- The strategy's example goal comes from the youth chat's plan.
UPDATE goal SET responsible = 'Samordnare för ungdomschatten' WHERE responsible IS NULL;
ALTER TABLE goal ALTER COLUMN responsible SET NOT NULL;
ALTER TABLE goal ADD COLUMN retired_at TIMESTAMPTZ;

-- Every change of a goal: who, when, and each field before and after. Rows are only ever added.
CREATE TABLE goal_change (
    id      UUID         PRIMARY KEY,
    goal_id UUID         NOT NULL REFERENCES goal (id),
    at      TIMESTAMPTZ  NOT NULL,
    actor   VARCHAR(100) NOT NULL,
    action  VARCHAR(10)  NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'RETIRED')),
    fields  JSONB        NOT NULL
);
CREATE INDEX goal_change_at ON goal_change (at);

INSERT INTO goal_change (id, goal_id, at, actor, action, fields)
SELECT gen_random_uuid(), id, created_at, 'migration', 'CREATED',
       jsonb_build_array(jsonb_build_object('name', 'name', 'before', NULL, 'after', name))
FROM goal;

-- A block covers the browser the conversation came from (a random key the youth page keeps), not everyone behind
-- its address: at a school or on a mobile network that is everyone. Only a supervisor blocks an address, briefly.
-- The key's hash goes with the conversation until its transcript is erased.
ALTER TABLE conversation ADD COLUMN browser_key_hash BYTEA;

ALTER TABLE participant_block
    ADD COLUMN kind             VARCHAR(10),
    ADD COLUMN browser_key_hash BYTEA,
    ADD COLUMN conversation_id  UUID,
    ADD COLUMN blocked_at       TIMESTAMPTZ,
    ALTER COLUMN fingerprint_day DROP NOT NULL,
    ALTER COLUMN fingerprint DROP NOT NULL;
UPDATE participant_block SET kind = 'ADDRESS', blocked_at = blocked_until - INTERVAL '1 hour';
ALTER TABLE participant_block
    ALTER COLUMN kind SET NOT NULL,
    ALTER COLUMN blocked_at SET NOT NULL,
    ADD CONSTRAINT participant_block_kind CHECK (kind IN ('BROWSER', 'ADDRESS')),
    ADD CONSTRAINT participant_block_has_its_key CHECK (
        (kind = 'BROWSER' AND browser_key_hash IS NOT NULL)
        OR (kind = 'ADDRESS' AND fingerprint IS NOT NULL AND fingerprint_day IS NOT NULL));
CREATE INDEX participant_block_browser ON participant_block (browser_key_hash) WHERE kind = 'BROWSER';

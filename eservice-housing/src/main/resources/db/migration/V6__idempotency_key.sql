-- The Idempotency-Key the resident's start request carried (service-support's IdempotentCreates): a retried start
-- finds the draft the first one created. Unique per resident, since the key is the resident's name for one start;
-- it goes with its draft when the draft is deleted.
ALTER TABLE application ADD COLUMN idempotency_key uuid;
CREATE UNIQUE INDEX application_idempotency_key ON application (owner_identity_number, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- The Idempotency-Key a create carried and who sent it (service-support's IdempotentCreates): a retried create finds
-- the case or feedback the first one made. The caller is the signed-in resident or the agent, '' for nobody (NULL
-- would make every anonymous key distinct to the unique index). Keys go with their rows.
ALTER TABLE contact_case ADD COLUMN idempotency_caller text, ADD COLUMN idempotency_key uuid;
CREATE UNIQUE INDEX contact_case_idempotency_key ON contact_case (idempotency_caller, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

ALTER TABLE feedback ADD COLUMN idempotency_caller text, ADD COLUMN idempotency_key uuid;
CREATE UNIQUE INDEX feedback_idempotency_key ON feedback (idempotency_caller, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

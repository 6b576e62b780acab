-- A hash of the Idempotency-Key the young person's page sent with its request (service-support's IdempotentCreates):
-- a retried request finds the conversation the first one placed in the queue. Only a hash, as for the token, since
-- the token of a keyed request is derived from the key (ConversationService.request). The chat is anonymous, so the
-- key alone identifies the request. It stays with its row.
ALTER TABLE conversation ADD COLUMN idempotency_key_hash BYTEA;
CREATE UNIQUE INDEX conversation_idempotency_key ON conversation (idempotency_key_hash)
    WHERE idempotency_key_hash IS NOT NULL;

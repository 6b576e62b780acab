-- The Idempotency-Keys of "Did this help?" votes (faq/VoteKeys): a vote is a count, not a row, so its key is kept
-- here, for a day, so that a retried vote counts once. Anonymous like the vote: the key alone, nothing else.
CREATE TABLE faq_vote_key (
    idempotency_key UUID PRIMARY KEY,
    voted_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX faq_vote_key_voted_at ON faq_vote_key (voted_at);

-- Answers reach the resident (issue #15): on the page "Mina kontakter" of a resident who sent the form signed in,
-- and by e-mail when the form gave an e-mail address.

-- The personal identity number from the e-ID of the resident who sent the form signed in: whose "Mina kontakter"
-- shows it. Unlike person_number (which an agent may have been told), it was proven by the login.
ALTER TABLE contact_case ADD COLUMN resident VARCHAR(12);
-- The address an answer is e-mailed to, when the resident gave one.
ALTER TABLE contact_case ADD COLUMN reply_email VARCHAR(200);
CREATE INDEX contact_case_resident ON contact_case (resident, opened_at DESC) WHERE resident IS NOT NULL;

-- When an answer reached the resident (mailed, published to their page, or told on the phone); NULL while it waits
-- to be sent. Answers written before deliveries existed count as delivered when written.
ALTER TABLE case_entry ADD COLUMN delivered_at TIMESTAMPTZ;
UPDATE case_entry SET delivered_at = written_at WHERE kind = 'ANSWER';

ALTER TABLE feedback ADD COLUMN resident VARCHAR(12);
ALTER TABLE feedback ADD COLUMN reply_email VARCHAR(200);
-- answered_at is when the answer reached the resident (the promise's clock); answer_written_at when it was saved.
ALTER TABLE feedback ADD COLUMN answer_written_at TIMESTAMPTZ;
UPDATE feedback SET answer_written_at = answered_at;
ALTER TABLE feedback ADD CONSTRAINT feedback_anonymous_has_no_resident
    CHECK (NOT anonymous OR (resident IS NULL AND reply_email IS NULL));
CREATE INDEX feedback_resident ON feedback (resident, received_at DESC) WHERE resident IS NOT NULL;

-- An e-mail with an answer, stored in the transaction that saves the answer and sent (again and again while the
-- mail server fails) until the server takes it. It names the answer it carries: a case's entry or a feedback.
CREATE TABLE answer_mail (
    id              UUID          PRIMARY KEY,
    answer_to       VARCHAR(20)   NOT NULL CHECK (answer_to IN ('CASE_ENTRY', 'FEEDBACK')),
    answer_id       UUID          NOT NULL,
    recipient       VARCHAR(200)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    queued_at       TIMESTAMPTZ   NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX answer_mail_due ON answer_mail (next_attempt_at) WHERE sent_at IS NULL;

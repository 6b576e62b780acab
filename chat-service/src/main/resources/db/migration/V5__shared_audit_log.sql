-- The audit log takes the suite-wide shape (service-support's AuditEntry): a subject of any kind, not only a conversation.
ALTER TABLE audit_entry RENAME COLUMN conversation_id TO subject;
ALTER TABLE audit_entry ALTER COLUMN subject TYPE VARCHAR(100) USING subject::text;
ALTER INDEX audit_entry_conversation RENAME TO audit_entry_subject;
DROP INDEX audit_entry_subject;
CREATE INDEX audit_entry_subject ON audit_entry (subject, at);

-- The audit log is searched newest first, by time alone or by who acted (service-support's AuditSearch); the
-- search by subject already has its index.
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);

-- The audit log is append-only (issue #14): no statement of the service may change or remove an entry, whatever a
-- bug or an injected query tries. Production also runs the migrations as a role other than the service's, so that
-- the service cannot drop the trigger either (docs/production.md).
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

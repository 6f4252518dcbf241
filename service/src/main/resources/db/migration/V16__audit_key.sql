-- The audit chain is keyed (frontdoor.service.audit.AuditKeys): each new entry names the key its hash is an
-- HMAC-SHA-256 under. Entries written before have none: their hash stays the plain SHA-256 they were written with.
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(64);

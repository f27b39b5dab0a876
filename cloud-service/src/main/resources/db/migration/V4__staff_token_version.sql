-- A login token carries the user's token version; deactivating, changing the role, locking the account or setting a
-- new password increments it, and every request compares the two, so the change takes effect on the next call
-- (ADR 0013).
ALTER TABLE STAFF_USER ADD COLUMN TOKEN_VERSION BIGINT DEFAULT 0 NOT NULL;

-- The cloud's pages (support, property admin) sign people in with a server-side session (ADR 0021): the cookie holds
-- 256 random bits, this table only their SHA-256, the user, the user's token version at login (a deactivation, role
-- change, lockout or new password ends the session as it ends API tokens, ADR 0013) and the per-session CSRF token.
-- Logging out deletes the row.
CREATE TABLE PAGE_SESSION (
    ID_HASH CHAR(64) NOT NULL PRIMARY KEY,
    STAFF_USER_ID BIGINT NOT NULL,
    TOKEN_VERSION BIGINT NOT NULL,
    CSRF_TOKEN VARCHAR(64) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    EXPIRES_AT TIMESTAMP NOT NULL,
    CONSTRAINT PAGE_SESSION_USER_FK FOREIGN KEY (STAFF_USER_ID) REFERENCES STAFF_USER (ID)
);

-- Why support staff or an admin revoked a standby; the standby's next sync is refused with it.
ALTER TABLE DEVICE ADD COLUMN REVOKED_REASON VARCHAR(200);

-- Why a change was made, where the change asks for a reason (the backup flag, a revoked standby).
ALTER TABLE AUDIT_ENTRY ADD COLUMN REASON VARCHAR(200);

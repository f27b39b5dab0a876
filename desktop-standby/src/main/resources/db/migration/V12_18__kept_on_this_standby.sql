-- What the property lets this standby keep, as the cloud last told it with a snapshot (issue 18): the choice's version
-- the copy was made under, days of departed history, and whether guests' contact details and booking notes travel.
-- No row: a copy made before there was a choice, or from a cloud that has none; everything is kept then.
-- (Numbered V12_18, issue 18's part of version 12, so that a migration another change adds as V12 does not clash.)
CREATE TABLE KEPT_ON_STANDBY (
    ID INT NOT NULL PRIMARY KEY,
    CHOICE_VERSION BIGINT NOT NULL,
    HISTORY_DAYS INT NOT NULL,
    CONTACT_DETAILS BOOLEAN NOT NULL,
    NOTES BOOLEAN NOT NULL
);

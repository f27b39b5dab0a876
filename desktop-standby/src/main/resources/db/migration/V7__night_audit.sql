-- The standby's own night audit during an outage (issue 16): one row per business day it closed. The primary key is
-- what makes a close happen once: two closes of the same day at the same moment meet it, and one of them is refused.
-- The desk's business date in an outage is the NEXT_DATE of the outage's last closed day (else the one synced).
CREATE TABLE OUTAGE_DAY_CLOSE (
    OUTAGE_ID BIGINT NOT NULL REFERENCES OUTAGE (ID),
    CLOSED_DATE DATE NOT NULL,
    NEXT_DATE DATE NOT NULL,
    ENTRY_ID CHAR(36) NOT NULL,
    CLOSED_BY VARCHAR(40) NOT NULL,
    CLOSED_AT TIMESTAMP NOT NULL,
    CONSTRAINT OUTAGE_DAY_CLOSE_PK PRIMARY KEY (OUTAGE_ID, CLOSED_DATE)
);

-- A closed day's journal entry lists the arrivals and departures it left: room for a large property's lists.
ALTER TABLE OUTAGE_JOURNAL ALTER COLUMN AFTER_STATE SET DATA TYPE VARCHAR(32000);

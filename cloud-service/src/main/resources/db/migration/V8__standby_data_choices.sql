-- What a property lets its desktop standby keep (issue 18): days of departed history, and whether guests' contact
-- details and booking notes travel at all. No row: the cloud's defaults (innkeep.snapshot.history-days, everything).
-- VERSION grows with each change; the standby resyncs when the version it was made under is no longer the current one.
CREATE TABLE STANDBY_DATA_CHOICE (
    PROPERTY_ID BIGINT NOT NULL,
    HISTORY_DAYS INT NOT NULL,
    CONTACT_DETAILS BOOLEAN NOT NULL,
    NOTES BOOLEAN NOT NULL,
    VERSION BIGINT NOT NULL,
    CHOSEN_AT TIMESTAMP NOT NULL,
    CHOSEN_BY VARCHAR(100) NOT NULL,
    CONSTRAINT STANDBY_DATA_CHOICE_PK PRIMARY KEY (PROPERTY_ID),
    CONSTRAINT STANDBY_DATA_CHOICE_PROPERTY_FK FOREIGN KEY (PROPERTY_ID) REFERENCES PROPERTY (ID)
);

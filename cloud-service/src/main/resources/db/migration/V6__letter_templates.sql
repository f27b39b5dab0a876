-- Letter templates are kept in the cloud per property and reach the standby through the feed (ADR 0018). The
-- standard letters (confirmation, cancellation, receipt) are written for every property by the service: at start-up
-- for properties opened before this migration, and when a property is opened.
CREATE TABLE LETTER_TEMPLATE (
    PROPERTY_ID BIGINT NOT NULL,
    NAME VARCHAR(40) NOT NULL,
    TITLE VARCHAR(120) NOT NULL,
    BODY VARCHAR(8000) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(60) NOT NULL,
    CONSTRAINT LETTER_TEMPLATE_PK PRIMARY KEY (PROPERTY_ID, NAME),
    CONSTRAINT LETTER_TEMPLATE_PROPERTY_FK FOREIGN KEY (PROPERTY_ID) REFERENCES PROPERTY (ID)
);

-- Who closed each business day of a property: the cloud's own night audit, or the standby's night audit re-entered
-- after an outage (ADR 0017). One row per day, so a day is closed once whoever tries; TAKEN_OVER marks a cloud close
-- made while a paired standby was silent, on the caller's word that it was not closing the day itself.
CREATE TABLE BUSINESS_DAY_CLOSE (
    PROPERTY_ID BIGINT NOT NULL,
    BUSINESS_DATE DATE NOT NULL,
    CLOSED_BY VARCHAR(10) NOT NULL,
    ENTRY_ID CHAR(36),
    TAKEN_OVER BOOLEAN DEFAULT FALSE NOT NULL,
    CLOSED_AT TIMESTAMP NOT NULL,
    ACTOR VARCHAR(100) NOT NULL,
    CONSTRAINT BUSINESS_DAY_CLOSE_PK PRIMARY KEY (PROPERTY_ID, BUSINESS_DATE),
    CONSTRAINT BUSINESS_DAY_CLOSE_PROPERTY_FK FOREIGN KEY (PROPERTY_ID) REFERENCES PROPERTY (ID)
);

-- The closing check adds up RENT per night of a property.
CREATE INDEX FOLIO_LINE_RENT_NIGHT_IX ON FOLIO_LINE (PROPERTY_ID, RENT_NIGHT);

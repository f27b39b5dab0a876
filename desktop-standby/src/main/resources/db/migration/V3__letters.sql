-- The property's own letter templates, as a desktop PMS keeps them: plain text with {placeholders}, edited by the admin.
CREATE TABLE LETTER_TEMPLATE (
    NAME VARCHAR(40) NOT NULL PRIMARY KEY,
    TITLE VARCHAR(120) NOT NULL,
    BODY VARCHAR(8000) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(40) NOT NULL
);

INSERT INTO LETTER_TEMPLATE (NAME, TITLE, BODY, UPDATED_AT, UPDATED_BY) VALUES ('confirmation', 'Booking confirmation',
'Dear {firstName} {lastName},

thank you for choosing {propertyName}. We are pleased to confirm your booking:

Confirmation number: {confirmation}
Arrival: {arrival}
Departure: {departure} ({nights} nights)
Room: {roomType} {room}
Guests: {adults} adults, {children} children
Rate: {rate} {currency} per night

Check-in is from 15:00, check-out until 11:00. If your plans change, please let us know.

We look forward to welcoming you.

Kind regards,
{clerk}
{propertyName}', CURRENT_TIMESTAMP, 'innkeep');

-- Letter templates are kept in the cloud and reach the standby through the feed and the snapshot (ADR 0018).
-- SEQUENCE_NO is the feed sequence that wrote a letter (the snapshot's for a letter from one); NULL marks a letter
-- this standby had before, kept and printed until the cloud sends that letter. UPDATED_BY holds the cloud's user.
ALTER TABLE LETTER_TEMPLATE ADD COLUMN SEQUENCE_NO BIGINT;
ALTER TABLE LETTER_TEMPLATE ALTER COLUMN UPDATED_BY SET DATA TYPE VARCHAR(60);

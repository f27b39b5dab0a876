-- A credential without a completed bootstrap is a pairing the standby still has to finish: BOOTSTRAPPED_AT is set in
-- the same transaction as the replaced tables and the cursor, so a kill at any moment of pairing leaves it empty and
-- the next start bootstraps again. Standbys bootstrapped before this column existed count as bootstrapped.
ALTER TABLE SYNC_STATE ADD COLUMN BOOTSTRAPPED_AT TIMESTAMP;
UPDATE SYNC_STATE SET BOOTSTRAPPED_AT = SNAPSHOT_AT WHERE SNAPSHOT_AT IS NOT NULL;

-- The first failed call of an unbroken run of failures: health and status say "the cloud has not answered since".
ALTER TABLE SYNC_STATE ADD COLUMN CLOUD_SILENT_SINCE TIMESTAMP;

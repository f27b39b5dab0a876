-- The version each standby last said it runs (issue 18), from its X-Innkeep-Standby-Version header: support sees
-- which standbys still run an old release. Empty until a standby that sends it pairs or reads the feed or snapshot.
ALTER TABLE DEVICE ADD COLUMN STANDBY_VERSION VARCHAR(40);

-- Who changed the cloud's side of a collision, and when: the feed event's actor and wall time, so the night auditor's
-- conflict page can say it. Empty for flags raised by a full resync (a snapshot names no author).
ALTER TABLE COLLISION ADD COLUMN CLOUD_BY VARCHAR(60);
ALTER TABLE COLLISION ADD COLUMN CLOUD_AT TIMESTAMP;

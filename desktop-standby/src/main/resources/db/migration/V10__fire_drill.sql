-- Fire drills (ADR 0019). The drill itself runs on a throw-away copy of this database; these tables, in the real
-- replica, keep what remains of it: who ran it, each step with its time from the drill's start, the refusals, and the
-- comparison of every table before and after that proves the replica was left exactly as it was.
-- STATE: RUNNING, ENDED, ABANDONED (the standby stopped during the drill; the copy was discarded at its next start).
CREATE TABLE DRILL (
    ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    START_ENTRY_ID CHAR(36) NOT NULL UNIQUE,
    END_ENTRY_ID CHAR(36) UNIQUE,
    STATE VARCHAR(12) NOT NULL,
    STARTED_AT TIMESTAMP NOT NULL,
    STARTED_BY VARCHAR(40) NOT NULL,
    REASON VARCHAR(500) NOT NULL,
    ENDED_AT TIMESTAMP,
    ENDED_BY VARCHAR(40),
    NOTE VARCHAR(1000)
);

-- KIND: DONE (a journaled desk action in the drill), PRINTED (a printout or report), REFUSED (an action refused).
CREATE TABLE DRILL_STEP (
    DRILL_ID BIGINT NOT NULL REFERENCES DRILL (ID),
    POSITION INT NOT NULL,
    KIND VARCHAR(8) NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL,
    ELAPSED_SECONDS BIGINT NOT NULL,
    USERNAME VARCHAR(40) NOT NULL,
    ACTION_NAME VARCHAR(40) NOT NULL,
    DETAIL VARCHAR(1000),
    PRIMARY KEY (DRILL_ID, POSITION)
);

-- Every table of the replica (but these and the login sessions) before the drill and after it.
CREATE TABLE DRILL_TABLE (
    DRILL_ID BIGINT NOT NULL REFERENCES DRILL (ID),
    TABLE_NAME VARCHAR(128) NOT NULL,
    ROWS_BEFORE BIGINT NOT NULL,
    SUM_BEFORE CHAR(32) NOT NULL,
    ROWS_AFTER BIGINT,
    SUM_AFTER CHAR(32),
    PRIMARY KEY (DRILL_ID, TABLE_NAME)
);

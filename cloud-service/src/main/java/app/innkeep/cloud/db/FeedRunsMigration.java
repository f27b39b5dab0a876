package app.innkeep.cloud.db;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 11, the feed's sealed runs (ADR 0024). The one statement of the schema that the two databases cannot
 * share: a run's bytes are a {@code BLOB} in Derby and a {@code BYTEA} in PostgreSQL (ADR 0003 allows a dialect split
 * for exactly this), so it is a Java migration that asks the connection which database it is, run by Flyway in
 * version order with the SQL ones.
 */
public class FeedRunsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "feed runs";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean derby = context.getConnection()
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("derby");
        try (Statement ddl = context.getConnection().createStatement()) {
            // Only the primary key: the feed reads runs by property and first sequence, and nothing else does.
            ddl.execute("CREATE TABLE OUTBOX_RUN ("
                    + " PROPERTY_ID BIGINT NOT NULL,"
                    + " FIRST_SEQUENCE BIGINT NOT NULL,"
                    + " LAST_SEQUENCE BIGINT NOT NULL,"
                    + " EVENTS " + (derby ? "BLOB(64M)" : "BYTEA") + " NOT NULL,"
                    + " CONSTRAINT OUTBOX_RUN_PK PRIMARY KEY (PROPERTY_ID, FIRST_SEQUENCE),"
                    + " CONSTRAINT OUTBOX_RUN_PROPERTY_FK FOREIGN KEY (PROPERTY_ID) REFERENCES PROPERTY (ID))");
        }
    }
}

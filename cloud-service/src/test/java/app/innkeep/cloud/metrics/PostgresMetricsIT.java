package app.innkeep.cloud.metrics;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresMetricsIT extends MetricsIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    String twoHoursEarlier() {
        return "OCCURRED_AT - INTERVAL '2 hours'";
    }

    @Override
    String renameAudit(boolean away) {
        return away
                ? "ALTER TABLE AUDIT_ENTRY RENAME TO AUDIT_ENTRY_GONE"
                : "ALTER TABLE AUDIT_ENTRY_GONE RENAME TO AUDIT_ENTRY";
    }
}

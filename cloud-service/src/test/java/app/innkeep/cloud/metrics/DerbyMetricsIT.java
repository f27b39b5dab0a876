package app.innkeep.cloud.metrics;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyMetricsIT extends MetricsIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Override
    String twoHoursEarlier() {
        return "{fn TIMESTAMPADD(SQL_TSI_HOUR, -2, OCCURRED_AT)}";
    }

    @Override
    String renameAudit(boolean away) {
        return away
                ? "RENAME TABLE INNKEEP.AUDIT_ENTRY TO AUDIT_ENTRY_GONE"
                : "RENAME TABLE INNKEEP.AUDIT_ENTRY_GONE TO AUDIT_ENTRY";
    }
}

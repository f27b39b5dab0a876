package app.innkeep.cloud.audit;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyAuditOnlyChangesIT extends AuditOnlyChangesIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }
}

package app.innkeep.cloud.reentry;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyReserveReentryIT extends ReserveReentryIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }
}

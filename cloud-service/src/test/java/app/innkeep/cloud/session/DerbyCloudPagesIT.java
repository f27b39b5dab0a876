package app.innkeep.cloud.session;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyCloudPagesIT extends CloudPagesIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }
}

package app.innkeep.cloud.api;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyManagementEndpointsIT extends ManagementEndpointsIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }
}

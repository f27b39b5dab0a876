package app.innkeep.cloud.staff;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class DerbyPasswordUpgradeIT extends PasswordUpgradeIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }
}

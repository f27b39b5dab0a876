package app.innkeep.cloud.staff;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresPasswordUpgradeIT extends PasswordUpgradeIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}

package app.innkeep.cloud.api;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresCrossPropertyIT extends CrossPropertyIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}

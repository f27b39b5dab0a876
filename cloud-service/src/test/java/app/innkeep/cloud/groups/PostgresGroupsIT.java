package app.innkeep.cloud.groups;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresGroupsIT extends GroupsIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}

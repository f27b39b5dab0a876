package app.innkeep.cloud.feed;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresFeedLaneIT extends FeedLaneIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}

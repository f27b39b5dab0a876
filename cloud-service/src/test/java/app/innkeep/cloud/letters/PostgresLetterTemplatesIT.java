package app.innkeep.cloud.letters;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
class PostgresLetterTemplatesIT extends LetterTemplatesIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }
}

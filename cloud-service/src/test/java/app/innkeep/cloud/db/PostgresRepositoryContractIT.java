package app.innkeep.cloud.db;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.Annotation;

@MicronautTest(transactional = false)
class PostgresRepositoryContractIT extends RepositoryContractIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected Class<? extends Annotation> dialect() {
        return PostgresRepository.class;
    }
}

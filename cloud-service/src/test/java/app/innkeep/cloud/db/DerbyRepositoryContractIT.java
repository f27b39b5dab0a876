package app.innkeep.cloud.db;

import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.Annotation;

@MicronautTest(transactional = false)
class DerbyRepositoryContractIT extends RepositoryContractIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Override
    protected Class<? extends Annotation> dialect() {
        return DerbyRepository.class;
    }
}

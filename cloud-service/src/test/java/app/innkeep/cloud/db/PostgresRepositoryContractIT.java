package app.innkeep.cloud.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.guest.GuestTable;
import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PostgresRepositoryContractIT extends RepositoryContractIT {
    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Inject
    GuestTable guestTable;

    /** Micronaut Data compiles a repository's SQL for one dialect: the one for this database must be the bean. */
    @Test
    void guestsAreQueriedInThePostgresDialect() {
        assertThat(guestTable).isInstanceOf(GuestTable.OnPostgres.class);
    }
}

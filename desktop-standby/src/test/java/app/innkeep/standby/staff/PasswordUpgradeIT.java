package app.innkeep.standby.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.PasswordHash;
import app.innkeep.standby.staff.StaffLogin.Result;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.StandbyContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A standby password hashed with an older, lower iteration count is rehashed with the configured count (the default,
 * 600,000) at its next successful login, and still works afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordUpgradeIT {

    ApplicationContext context;
    StaffLogin login;
    Replica replica;
    TransactionOperations<Connection> tx;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        context = StandbyContext.start(Map.of("innkeep.standby.login.iterations", PasswordHash.DEFAULT_ITERATIONS));
        login = context.getBean(StaffLogin.class);
        replica = context.getBean(Replica.class);
        tx = context.getBean(TransactionOperations.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aUserWithAnOld210000HashLogsInAndTheStoredHashCarriesTheConfiguredCount() {
        login.saveAccount("old.hash", "Old Hash", "FRONT_DESK", "right-password");
        storeHash("old.hash", PasswordHash.hash("right-password".toCharArray(), 210_000));

        assertThat(login.login("old.hash", "right-password")).isInstanceOf(Result.LoggedIn.class);

        String upgraded = storedHash("old.hash");
        assertThat(PasswordHash.iterationsOf(upgraded)).isEqualTo(600_000);
        assertThat(login.login("old.hash", "right-password"))
                .as("the same password after the upgrade")
                .isInstanceOf(Result.LoggedIn.class);
        assertThat(storedHash("old.hash"))
                .as("an up-to-date hash is left alone")
                .isEqualTo(upgraded);
    }

    @Test
    void aWrongPasswordUpgradesNothing() {
        login.saveAccount("wrong.guess", "Wrong Guess", "FRONT_DESK", "right-password");
        String old = PasswordHash.hash("right-password".toCharArray(), 210_000);
        storeHash("wrong.guess", old);

        assertThat(login.login("wrong.guess", "wrong-password")).isInstanceOf(Result.Refused.class);

        assertThat(storedHash("wrong.guess")).isEqualTo(old);
    }

    private void storeHash(String username, String hash) {
        tx.executeWrite(s -> replica.update("UPDATE STAFF SET PASSWORD_HASH = ? WHERE USERNAME = ?", hash, username));
    }

    private String storedHash(String username) {
        return tx.executeRead(
                s -> replica.one("SELECT PASSWORD_HASH FROM STAFF WHERE USERNAME = ?", rs -> rs.getString(1), username)
                        .orElseThrow());
    }
}

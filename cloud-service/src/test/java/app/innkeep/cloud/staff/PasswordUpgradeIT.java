package app.innkeep.cloud.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.CloudIT;
import app.innkeep.model.PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A password hashed with an older, lower iteration count is rehashed with the configured count (the default, 600,000)
 * at its next successful login, and the password still works afterwards.
 */
public abstract class PasswordUpgradeIT extends CloudIT {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("innkeep.password.iterations", String.valueOf(PasswordHash.DEFAULT_ITERATIONS));
    }

    @Test
    void aUserWithAnOld210000HashLogsInAndTheStoredHashCarriesTheConfiguredCount() {
        storeHash("support", PasswordHash.hash(SUPPORT_PASSWORD.toCharArray(), 210_000));
        assertThat(PasswordHash.iterationsOf(storedHash("support"))).isEqualTo(210_000);

        String tokenOfTheUpgradingLogin = supportToken();
        assertThat(api().get(tokenOfTheUpgradingLogin, "/api/v1/admin/devices").status())
                .as("the token issued by the login that upgraded the hash still works: the password did not change")
                .isEqualTo(200);

        String upgraded = storedHash("support");
        assertThat(PasswordHash.iterationsOf(upgraded)).isEqualTo(600_000);
        assertThat(supportToken()).as("the same password after the upgrade").isNotBlank();
        assertThat(storedHash("support")).as("an up-to-date hash is left alone").isEqualTo(upgraded);
    }

    @Test
    void aWrongPasswordUpgradesNothing() {
        String old = PasswordHash.hash(SUPPORT_PASSWORD.toCharArray(), 210_000);
        storeHash("support", old);
        var refused = api().post(null, "/api/v1/login", Map.of("username", "support", "password", "wrong password"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(storedHash("support")).isEqualTo(old);
        resetFailures("support");
    }

    private void storeHash(String username, String hash) {
        update("UPDATE STAFF_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?", hash, username);
    }

    private void resetFailures(String username) {
        update("UPDATE STAFF_USER SET FAILED_LOGINS = 0, LOCKED_UNTIL = NULL WHERE USERNAME = ?", username);
    }

    private void update(String sql, String... params) {
        try (Connection c = database.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String storedHash(String username) {
        try (Connection c = database.connect();
                PreparedStatement ps = c.prepareStatement("SELECT PASSWORD_HASH FROM STAFF_USER WHERE USERNAME = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

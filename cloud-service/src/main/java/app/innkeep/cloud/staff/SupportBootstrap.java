package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first support account of a fresh installation from {@code innkeep.bootstrap.support-username} and
 * {@code innkeep.bootstrap.support-password} (give the password through the environment, never in a file in the
 * repository). Does nothing when that user already exists.
 */
@Singleton
@Requires(property = "innkeep.bootstrap.support-password")
public class SupportBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(SupportBootstrap.class);

    private final StaffUsers users;
    private final StaffService staff;
    private final TransactionOperations<Connection> tx;
    private final String username;
    private final String password;

    public SupportBootstrap(
            StaffUsers users,
            StaffService staff,
            TransactionOperations<Connection> tx,
            @Value("${innkeep.bootstrap.support-username:support}") String username,
            @Value("${innkeep.bootstrap.support-password}") String password) {
        this.users = users;
        this.staff = staff;
        this.tx = tx;
        this.username = username;
        this.password = password;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        boolean created = tx.executeWrite(status -> {
            if (users.byUsername(username).isPresent()) {
                return false;
            }
            staff.createUser(null, username, "Vendor support", StaffRole.SUPPORT, password);
            return true;
        });
        if (created) {
            LOG.info("Created support account {} from innkeep.bootstrap settings", username);
        }
    }
}

package app.innkeep.standby.staff;

import app.innkeep.standby.cli.SuggestedCommand;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A standby without any login says at start how to make the first one (nobody could use its pages otherwise). */
@Singleton
public class FirstLoginHint {

    private static final Logger LOG = LoggerFactory.getLogger(FirstLoginHint.class);

    private final StaffLogin login;

    public FirstLoginHint(StaffLogin login) {
        this.login = login;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (login.accounts().isEmpty()) {
            LOG.warn(
                    "This standby has no logins yet. Create the first admin on this PC with: {}",
                    SuggestedCommand.STAFF_ADD.text());
        }
    }
}

package app.innkeep.cloud.security;

import app.innkeep.model.FaultInjection;
import app.innkeep.model.FaultInjection.Armed;
import app.innkeep.model.PasswordHash;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checked at start: the cloud's settings that only tests may use (a password iteration count below the floor) stop
 * the start unless {@code innkeep.test.fault-injection=enabled} is set too, and are logged loudly when it is.
 */
@Context
public class TestOnlySettings {

    private static final Logger LOG = LoggerFactory.getLogger(TestOnlySettings.class);

    public TestOnlySettings(
            @Value("${" + FaultInjection.KEY + ":}") String testSwitch,
            @Value("${innkeep.password.iterations:600000}") int iterations) {
        List<Armed> armed = new ArrayList<>();
        if (iterations < PasswordHash.MIN_ITERATIONS) {
            armed.add(new Armed(
                    "innkeep.password.iterations",
                    iterations,
                    "new password hashes below the floor of " + PasswordHash.MIN_ITERATIONS + " PBKDF2 iterations"));
        }
        for (Armed a : FaultInjection.check(testSwitch, armed)) {
            LOG.warn("TEST-ONLY SETTING ARMED: {}. Never on a production system.", a.describe());
        }
    }
}

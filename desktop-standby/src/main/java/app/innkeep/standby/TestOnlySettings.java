package app.innkeep.standby;

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
 * Checked at start: the standby's settings that only tests may use (the re-entry halt of the crash tests, a password
 * iteration count below the floor) stop the start unless {@code innkeep.test.fault-injection=enabled} is set too, so a
 * stray environment variable on a front-desk PC cannot arm them; when allowed, each is logged loudly.
 */
@Context
public class TestOnlySettings {

    private static final Logger LOG = LoggerFactory.getLogger(TestOnlySettings.class);

    public TestOnlySettings(
            @Value("${" + FaultInjection.KEY + ":}") String testSwitch,
            @Value("${innkeep.standby.reentry.halt-after-posts:0}") int haltAfterPosts,
            @Value("${innkeep.standby.login.iterations:600000}") int iterations) {
        List<Armed> armed = new ArrayList<>();
        if (haltAfterPosts != 0) {
            armed.add(new Armed(
                    "innkeep.standby.reentry.halt-after-posts",
                    haltAfterPosts,
                    "the standby halts after " + haltAfterPosts + " re-entry posts, before recording them"));
        }
        if (iterations < PasswordHash.MIN_ITERATIONS) {
            armed.add(new Armed(
                    "innkeep.standby.login.iterations",
                    iterations,
                    "new password hashes below the floor of " + PasswordHash.MIN_ITERATIONS + " PBKDF2 iterations"));
        }
        for (Armed a : FaultInjection.check(testSwitch, armed)) {
            LOG.warn("TEST-ONLY SETTING ARMED: {}. Never on a production system.", a.describe());
        }
    }
}

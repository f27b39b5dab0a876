package app.innkeep.standby.support;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A standby's beans on a fresh encrypted Derby replica in a temporary folder, without its web server or sync
 * schedule: for tests of one service against the real database.
 */
public final class StandbyContext {

    private StandbyContext() {}

    public static ApplicationContext start() {
        return start(Map.of());
    }

    /** The same, with some settings added or replaced. */
    public static ApplicationContext start(Map<String, Object> overrides) {
        try {
            Path dir = Files.createTempDirectory("innkeep-standby-test-");
            Map<String, Object> properties = new HashMap<>(Map.of(
                    "innkeep.standby.data-dir",
                    dir.toString(),
                    "innkeep.standby.sync.enabled",
                    false,
                    // Cheap hashes keep the logins of the tests fast; below the floor they need the test-only switch.
                    "innkeep.standby.login.iterations",
                    1000,
                    "innkeep.test.fault-injection",
                    "enabled",
                    "innkeep.test.clock",
                    true,
                    "micronaut.server.port",
                    -1));
            properties.putAll(overrides);
            return ApplicationContext.run(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

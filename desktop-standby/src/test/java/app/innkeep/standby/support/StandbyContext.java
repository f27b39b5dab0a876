package app.innkeep.standby.support;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A standby's beans on a fresh encrypted Derby replica in a temporary folder, without its web server or sync
 * schedule: for tests of one service against the real database.
 */
public final class StandbyContext {

    private StandbyContext() {}

    public static ApplicationContext start() {
        try {
            Path dir = Files.createTempDirectory("innkeep-standby-test-");
            return ApplicationContext.run(Map.of(
                    "innkeep.standby.data-dir",
                    dir.toString(),
                    "innkeep.standby.sync.enabled",
                    false,
                    "innkeep.standby.login.iterations",
                    1000,
                    "innkeep.test.clock",
                    true,
                    "micronaut.server.port",
                    -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

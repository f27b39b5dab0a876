package app.innkeep.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Settings that exist only so tests can break an app or make it cheaper (halt after N re-entry posts, password hashes
 * below the floor). An app given one, say through a stray environment variable on a production PC, refuses to start
 * unless {@code innkeep.test.fault-injection=enabled} is set as well; with it, each armed setting is logged loudly.
 */
public final class FaultInjection {

    public static final String KEY = "innkeep.test.fault-injection";
    public static final String ENABLED = "enabled";

    /** A test-only setting that is switched on, and what it does. */
    public record Armed(String key, Object value, String effect) {
        public String describe() {
            return key + "=" + value + " (" + effect + ")";
        }
    }

    /** The app was given test-only settings without the test switch; the message says which and what to do. */
    public static final class Refused extends IllegalStateException {
        public Refused(String message) {
            super(message);
        }
    }

    private FaultInjection() {}

    /**
     * The armed settings, to be logged, when the test switch is on or nothing is armed; otherwise refuses to start.
     *
     * @param testSwitch the value of {@value #KEY}, null when not set
     */
    public static List<Armed> check(String testSwitch, List<Armed> armed) {
        if (armed.isEmpty() || (testSwitch != null && ENABLED.equals(testSwitch.strip()))) {
            return armed;
        }
        throw new Refused("Refusing to start: "
                + armed.stream().map(Armed::describe).collect(Collectors.joining("; "))
                + (armed.size() == 1 ? " is a setting" : " are settings")
                + " for tests only. Remove it; only a test may add " + KEY + "=" + ENABLED
                + " (INNKEEP_TEST_FAULT_INJECTION=enabled) to allow it.");
    }
}

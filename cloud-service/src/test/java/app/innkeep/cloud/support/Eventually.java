package app.innkeep.cloud.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for what a test needs by asking again until it holds or a deadline passes. Tests never wait a fixed time: a
 * fixed sleep passes whether or not the thing it waits for happened, and is too short on a busy machine.
 */
public final class Eventually {

    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(20);

    private Eventually() {}

    /** Returns once {@code condition} holds; fails naming {@code what} when it still does not at the deadline. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        value(timeout, what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** The first value {@code probe} yields; fails naming {@code what} when it yields none before the deadline. */
    public static <T> T value(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            try {
                // The pause between two looks, not a wait for the thing itself.
                Thread.sleep(BETWEEN_LOOKS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}

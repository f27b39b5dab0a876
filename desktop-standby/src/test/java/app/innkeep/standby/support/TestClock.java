package app.innkeep.standby.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand (lockouts, idle sessions). Only in contexts started with {@code innkeep.test.clock}. */
@Singleton
@Replaces(Clock.class)
@Requires(property = "innkeep.test.clock", value = "true")
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-11-23T10:00:00Z");

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}

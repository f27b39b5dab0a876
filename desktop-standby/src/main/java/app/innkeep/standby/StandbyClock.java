package app.innkeep.standby;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the standby; tests replace it. */
@Factory
public class StandbyClock {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

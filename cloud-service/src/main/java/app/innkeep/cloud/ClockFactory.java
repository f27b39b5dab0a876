package app.innkeep.cloud;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the service; tests replace it to control time. */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

package app.innkeep.standby.support;

import app.innkeep.standby.outage.Outages;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;

/** An outage that has come and gone, for tests of the records that name their outage. */
public final class PastOutage {

    private PastOutage() {}

    /** Started at {@code at} by Dana, ended a minute later by Nico; returns its ID. */
    public static long of(ApplicationContext context, Instant at) {
        Outages outages = context.getBean(Outages.class);
        return InTransaction.of(context).write(() -> {
            long id = outages.start(at, "dana", "internet down", null);
            outages.end(id, at.plusSeconds(60), "nico", "cloud back");
            return id;
        });
    }
}

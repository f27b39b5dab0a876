package app.innkeep.cloud.pairing;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each standby last asked for its feed and how far it had applied, gathered in memory and written in one batch
 * every few seconds ({@code innkeep.feed.sightings-flush}, 5 s): an up-to-date poll is the fleet's commonest request,
 * and a write with its own commit for each would cost more than the rest of that poll. The sync-health views write
 * what is pending on their instance before they read, so only another instance's last few seconds can show late.
 * A crash loses at most those seconds of "last seen", never an event.
 */
@Singleton
public class DeviceSightings {

    private record Sighting(Instant at, long acknowledged) {
        Sighting later(Sighting other) {
            return new Sighting(at.isAfter(other.at) ? at : other.at, Math.max(acknowledged, other.acknowledged));
        }
    }

    private final Map<Long, Sighting> pending = new ConcurrentHashMap<>();
    private final Devices devices;
    private final TransactionOperations<Connection> tx;

    public DeviceSightings(Devices devices, TransactionOperations<Connection> tx) {
        this.devices = devices;
        this.tx = tx;
    }

    /** Notes that the device asked for its feed at {@code at}, having applied everything up to {@code acknowledged}. */
    public void record(long deviceId, Instant at, long acknowledged) {
        pending.merge(deviceId, new Sighting(at, acknowledged), Sighting::later);
    }

    /** Writes what is pending; inside a caller's transaction it joins it. */
    @Scheduled(fixedDelay = "${innkeep.feed.sightings-flush:5s}")
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, Sighting> taken = new java.util.HashMap<>();
        for (Long id : pending.keySet()) {
            Sighting s = pending.remove(id);
            if (s != null) {
                taken.put(id, s);
            }
        }
        try {
            tx.executeWrite(status -> {
                taken.forEach((id, s) -> devices.seen(id, s.at(), s.acknowledged()));
                return null;
            });
        } catch (RuntimeException e) {
            // Put them back for the next flush, merged with anything newer.
            taken.forEach((id, s) -> pending.merge(id, s, Sighting::later));
            throw e;
        }
    }

    @PreDestroy
    void writeBeforeStopping() {
        flush();
    }
}

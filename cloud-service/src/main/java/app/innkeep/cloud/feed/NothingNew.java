package app.innkeep.cloud.feed;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.DeviceSightings;
import app.innkeep.cloud.pairing.StandbyVersions;
import app.innkeep.cloud.standbydata.StandbyDataService;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * The fast path in front of {@link FeedService#page}: a standby that is up to date — the fleet's commonest request —
 * is answered from one indexed read of its device and property rows (credential, revocation, backup flag, feed head, data choice),
 * with no transaction, no read of the events and no write: its "last seen" goes to {@link DeviceSightings} (only the
 * poll after a standby's upgrade writes, once, its new version: {@link StandbyVersions}).
 *
 * <p>Nothing is cached, so a new event, a revocation or the flag turned off is seen by the very next poll on any
 * instance. An empty page is right only when the cursor is the committed head: events become visible strictly in
 * sequence order (ADR 0006), so nothing can lie beyond it. Anything else — a refusal, a cursor behind or ahead, a bad
 * page size — falls through to the page read, which words every refusal.
 */
@Singleton
public class NothingNew {

    private final DeviceAccess devices;
    private final DeviceSightings sightings;
    private final StandbyVersions versions;
    private final StandbyDataService standbyData;
    private final Clock clock;
    private final int maxPage;

    public NothingNew(
            DeviceAccess devices,
            DeviceSightings sightings,
            StandbyVersions versions,
            StandbyDataService standbyData,
            Clock clock,
            @Value("${innkeep.feed.max-page:1000}") int maxPage) {
        this.devices = devices;
        this.sightings = sightings;
        this.versions = versions;
        this.standbyData = standbyData;
        this.clock = clock;
        this.maxPage = maxPage;
    }

    /**
     * The empty page for a standby at the head, or nothing when the full page read must answer. One read on one
     * connection (the device at the head with what its standby keeps), and no transaction: the one write, of a standby
     * version that changed ({@code standbyVersion}, the header as sent), comes only with an upgrade.
     */
    @Connectable
    public Optional<FeedPage> answer(
            String authorization, String standbyVersion, String propertyCode, long after, int limit) {
        if (after < 0 || limit < 1 || limit > maxPage) {
            return Optional.empty();
        }
        return devices.atHead(authorization)
                .filter(device -> device.upToDate(propertyCode, after))
                .map(device -> {
                    sightings.record(device.id(), clock.instant(), after);
                    versions.heard(device.id(), device.standbyVersion(), standbyVersion);
                    // What the standby keeps travels on every page, the empty one too: a change of choice reaches an
                    // up-to-date standby at its next poll, news or not.
                    var kept = standbyData.kept(device.storedChoice());
                    return new FeedPage(propertyCode, after, EncodedEvents.of(java.util.List.of()), after, after, kept);
                });
    }
}

package app.innkeep.cloud.feed;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.cloud.pairing.DeviceAtHead;
import app.innkeep.cloud.pairing.DeviceSightings;
import app.innkeep.cloud.pairing.StandbyVersions;
import app.innkeep.cloud.standbydata.StandbyDataService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * The answer to a standby that is up to date, the fleet's commonest request: {@link FeedService#page} has let it in by
 * one indexed read of its device and property rows (credential, revocation, backup flag, feed head, data choice), and
 * here it gets its empty page with no read of the events and no write: its "last seen" goes to {@link DeviceSightings}
 * (only the poll after a standby's upgrade writes, once, its new version: {@link StandbyVersions}).
 *
 * <p>Nothing is cached, so a new event, a revocation or the flag turned off is seen by the very next poll on any
 * instance. An empty page is right only when the cursor is the committed head: events become visible strictly in
 * sequence order (ADR 0006), so nothing can lie beyond it.
 */
@Singleton
public class NothingNew {

    private final DeviceSightings sightings;
    private final StandbyVersions versions;
    private final StandbyDataService standbyData;
    private final Clock clock;

    public NothingNew(
            DeviceSightings sightings, StandbyVersions versions, StandbyDataService standbyData, Clock clock) {
        this.sightings = sightings;
        this.versions = versions;
        this.standbyData = standbyData;
        this.clock = clock;
    }

    /** The empty page for {@code device}, read just now and {@link DeviceAtHead#upToDate} at {@code after}. */
    FeedPage answer(DeviceAtHead device, String standbyVersion, long after) {
        sightings.record(device.id(), clock.instant(), after);
        versions.heard(device.id(), device.standbyVersion(), standbyVersion);
        // What the standby keeps travels on every page, the empty one too: a change of choice reaches an up-to-date
        // standby at its next poll, news or not.
        var kept = standbyData.kept(device.storedChoice());
        return new FeedPage(device.propertyCode(), after, EncodedEvents.of(List.of()), after, after, kept);
    }
}

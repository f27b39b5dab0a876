package app.innkeep.cloud.feed;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.pairing.Devices;
import app.innkeep.cloud.pairing.StandbyVersions;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.standbydata.StandbyDataService;
import app.innkeep.model.snapshot.KeptOnStandby;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;

/**
 * Serves a property's feed to its paired standby, page by page, on the caller's connection ({@link FeedAnswers}).
 *
 * <p>A standby with nothing to refuse, the commonest request, is let in by one indexed read of its device, flag, feed
 * head and data choice ({@link DeviceAccess#atHead}), and its page is read with no transaction around it: the stored
 * events and sealed runs are only ever added to or trimmed from the old end, and a trim while reading is a hole, which
 * {@link FeedEvents#encodedPage} reports. Anything else takes the checks in one transaction, which word every refusal.
 */
@Singleton
public class FeedService {

    private final DeviceAccess devices;
    private final Devices deviceRows;
    private final StandbyVersions versions;
    private final FeedEvents events;
    private final StandbyDataService standbyData;
    private final NothingNew nothingNew;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int maxPage;

    public FeedService(
            DeviceAccess devices,
            Devices deviceRows,
            StandbyVersions versions,
            FeedEvents events,
            StandbyDataService standbyData,
            NothingNew nothingNew,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.feed.max-page:1000}") int maxPage) {
        this.devices = devices;
        this.deviceRows = deviceRows;
        this.versions = versions;
        this.events = events;
        this.standbyData = standbyData;
        this.nothingNew = nothingNew;
        this.tx = tx;
        this.clock = clock;
        this.maxPage = maxPage;
    }

    /**
     * The events after {@code after}; {@code after} is also the device's acknowledgement that it has applied
     * everything up to there, which is what the sync-health view shows as its position. {@code standbyVersion} is the
     * standby's version header as sent (null when none), kept on its device when it changed.
     */
    public FeedPage page(String authorization, String standbyVersion, String propertyCode, long after, int limit) {
        if (after >= 0 && limit >= 1 && limit <= maxPage) {
            var known = devices.atHead(authorization).filter(d -> d.mayRead(propertyCode, after));
            if (known.isPresent()) {
                var d = known.get();
                if (d.upToDate(propertyCode, after)) {
                    return nothingNew.answer(d, standbyVersion, after);
                }
                versions.heard(d.id(), d.standbyVersion(), standbyVersion);
                return serve(
                        d.id(),
                        d.lastSeenAt(),
                        d.propertyId(),
                        propertyCode,
                        after,
                        limit,
                        d.head(),
                        standbyData.kept(d.storedChoice()));
            }
        }
        return tx.executeWrite(status -> checked(authorization, standbyVersion, propertyCode, after, limit));
    }

    /** The page after every check, each refusal worded; in the caller's transaction. */
    private FeedPage checked(String authorization, String standbyVersion, String propertyCode, long after, int limit) {
        var device = devices.require(authorization, propertyCode);
        if (after < 0) {
            throw Problem.invalid("after", "must be 0 or more");
        }
        if (limit < 1 || limit > maxPage) {
            throw Problem.invalid("limit", "must be between 1 and " + maxPage);
        }
        long propertyId = device.property().id();
        var position = events.position(propertyId);
        long head = position.head();
        if (after > head) {
            throw Problem.conflict(
                    "cursor-ahead",
                    "after",
                    "cursor " + after + " is ahead of the feed head " + head
                            + "; this standby's copy is not from this cloud: resync");
        }
        long purged = position.purgedThrough();
        if (after < purged) {
            throw Problem.gone(
                    "resync-required",
                    "events up to " + purged + " were removed by retention and this standby is at " + after
                            + "; a full resync from a fresh snapshot is required");
        }
        versions.heard(device.device().id(), device.device().standbyVersion(), standbyVersion);
        return serve(
                device.device().id(),
                device.device().lastSeenAt(),
                propertyId,
                propertyCode,
                after,
                limit,
                head,
                standbyData.choiceOf(propertyId).kept());
    }

    private FeedPage serve(
            long deviceId,
            Instant lastSeen,
            long propertyId,
            String propertyCode,
            long after,
            int limit,
            long head,
            KeptOnStandby kept) {
        EncodedEvents page = read(propertyId, after, limit);
        long next = after + page.count();
        // Recording the position is a write (a disk flush on Derby): once caught up, or every half minute while
        // catching up.
        if (lastSeen == null || lastSeen.isBefore(clock.instant().minusSeconds(30)) || next >= head) {
            tx.executeWrite(status -> {
                deviceRows.seen(deviceId, clock.instant(), after);
                return null;
            });
        }
        // What the property lets its standby keep (issue 18): events go exactly as stored unless fields must go.
        return new FeedPage(
                propertyCode, after, kept.everyField() ? page : page.rewritten(kept::leaveOut), next, head, kept);
    }

    private EncodedEvents read(long propertyId, long after, int limit) {
        try {
            return events.encodedPage(propertyId, after, limit);
        } catch (IllegalStateException hole) {
            // Sequences have no gaps, so a hole here means retention removed events after the check above.
            throw Problem.gone(
                    "resync-required",
                    "events after " + after + " were removed by retention while reading;"
                            + " a full resync from a fresh snapshot is required");
        }
    }
}

package app.innkeep.standby.outage;

import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.sync.CloudWriteListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flags records changed on both sides. The feed keeps writing the cloud's version to the copy and the desk's version
 * stays where it is, so nothing is overwritten; these flags tell the night auditor (collision report, re-entry) where
 * the two differ: a booking the cloud changed after the desk did, cloud folio lines on a folio worked here, and a cloud
 * booking holding a room a standby booking holds for the same night. Each flag belongs to the outage whose desk work it
 * was found on and is open until resolved or signed off; the desk shows open ones only.
 */
@Singleton
public class Collisions implements CloudWriteListener {

    private static final Logger LOG = LoggerFactory.getLogger(Collisions.class);

    /** Open until the night auditor resolves it or signs its outage off. */
    public enum State {
        OPEN,
        RESOLVED
    }

    /** One flag, as the collision report and the booking page show it; {@code outageId} is the outage it belongs to. */
    @io.micronaut.serde.annotation.Serdeable
    public record Collision(
            long id,
            Long outageId,
            String kind,
            String confirmation,
            String otherConfirmation,
            String room,
            Long sequence,
            String detail,
            java.time.Instant notedAt,
            State state,
            java.time.Instant resolvedAt,
            String resolvedBy) {}

    private final CollisionFlags flags;
    private final DeskQueries desk;
    private final Outages outages;
    private final Clock clock;

    public Collisions(CollisionFlags flags, DeskQueries desk, Outages outages, Clock clock) {
        this.flags = flags;
        this.desk = desk;
        this.outages = outages;
        this.clock = clock;
    }

    /** The desk's bookings, the folios it worked on and the rooms its live bookings hold, as they stand now. */
    @Override
    public DeskWork deskWork() {
        Set<String> bookings = flags.deskBookings();
        Set<String> folios = new HashSet<>(bookings);
        folios.addAll(flags.foliosWithDeskLines());
        return new DeskWork(bookings, folios, flags.roomsHeldByDesk());
    }

    /** After the feed (or a snapshot) wrote the cloud's version of a booking, by {@code actor} at {@code occurredAt}. */
    @Override
    public void cloudBookingWritten(String confirmation, Long sequence, String actor, Instant occurredAt) {
        CloudSide by = new CloudSide(actor, occurredAt);
        if (flags.reentryUnderWay(confirmation)) {
            // Once the auditor has begun to re-enter a booking, the cloud's version differs from the desk's by design.
            return;
        }
        var cloud = desk.cloudVersion(confirmation);
        if (cloud.isEmpty()) {
            return;
        }
        flags.deskVersion(confirmation).ifPresent(local -> {
            String base = local.baseState();
            String now = cloud.get().toJson();
            if (base != null && !base.equals(now) && !flags.flagged("BOOKING_CHANGED_IN_CLOUD", confirmation, now)) {
                flag(
                        "BOOKING_CHANGED_IN_CLOUD",
                        confirmation,
                        null,
                        cloud.get().room(),
                        sequence,
                        now,
                        "the cloud changed booking " + confirmation + " after the standby did; both versions are kept",
                        by);
            }
        });
        roomClashes(cloud.get().confirmation(), cloud.get().room(), sequence, by);
    }

    /** After the feed brought a cloud folio line for a booking the desk also worked on. */
    @Override
    public void cloudFolioLineWritten(String confirmation, long lineId, String description, Long sequence) {
        if (flags.reentryUnderWay(confirmation)) {
            return;
        }
        String key = "line " + lineId;
        if (flags.deskWorkedOn(confirmation) && !flags.flagged("FOLIO_CHANGED_IN_CLOUD", confirmation, key)) {
            flag(
                    "FOLIO_CHANGED_IN_CLOUD",
                    confirmation,
                    null,
                    null,
                    sequence,
                    key,
                    "the cloud posted " + description + " to folio " + confirmation
                            + " while the standby also worked on it",
                    CloudSide.UNKNOWN);
        }
    }

    /** After a full resync: every booking the desk holds is compared with the cloud's new copy again. */
    @Override
    public void afterResync() {
        for (String confirmation : flags.deskBookingsInOrder()) {
            cloudBookingWritten(confirmation, null, null, null);
        }
        for (var cloud : flags.cloudBookingsInDeskRooms()) {
            roomClashes(cloud.confirmation(), cloud.room(), null, CloudSide.UNKNOWN);
        }
    }

    /** What the desk lists: the open flags (a resolved or signed-off one is history, in the collision report). */
    public List<Collision> open() {
        return flags.open();
    }

    /** The booking's open flags. */
    public List<Collision> forBooking(String confirmation) {
        return flags.forBooking(confirmation);
    }

    /**
     * The collision report's: every flag of the open outage, or else of the last one, with its state; a new outage
     * starts with none of the last one's.
     */
    public List<Collision> ofCurrentOutage() {
        return outages.open()
                .or(() -> outages.recent().stream().findFirst())
                .map(o -> flags.ofOutage(o.id()))
                .orElse(List.of());
    }

    /** A cloud booking holding {@code room} for a night a different booking of the desk holds it too. */
    private void roomClashes(String cloudConfirmation, String room, Long sequence, CloudSide by) {
        if (room == null) {
            return;
        }
        flags.deskBookingClashingWith(cloudConfirmation)
                .filter(deskBooking -> !flags.roomClashFlagged(deskBooking, cloudConfirmation))
                .ifPresent(deskBooking -> flag(
                        "ROOM_DOUBLE_BOOKED",
                        deskBooking,
                        cloudConfirmation,
                        room,
                        sequence,
                        null,
                        "room " + room + " is held by " + deskBooking + " (standby) and by cloud booking "
                                + cloudConfirmation + " for the same night",
                        by));
    }

    /** Who made the cloud's side of a collision and when; unknown for a full resync or a folio line. */
    record CloudSide(String by, Instant at) {
        static final CloudSide UNKNOWN = new CloudSide(null, null);
    }

    private void flag(
            String kind,
            String confirmation,
            String other,
            String room,
            Long sequence,
            String key,
            String detail,
            CloudSide by) {
        flags.flag(kind, confirmation, other, room, sequence, key, detail, clock.instant(), by.by(), by.at());
        LOG.warn("Collision flagged: {}", detail);
    }
}

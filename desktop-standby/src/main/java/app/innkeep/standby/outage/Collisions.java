package app.innkeep.standby.outage;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.sync.CloudWriteListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flags records changed on both sides. The feed keeps writing the cloud's version to the copy and the desk's version
 * stays where it is, so nothing is overwritten; these flags tell the night auditor (collision report, re-entry) where
 * the two differ: a booking the cloud changed after the desk did, cloud folio lines on a folio worked here, and a cloud
 * booking holding a room a standby booking holds for the same night.
 */
@Singleton
public class Collisions implements CloudWriteListener {

    private static final Logger LOG = LoggerFactory.getLogger(Collisions.class);

    /** One flag, as the collision report and the booking page show it. */
    @io.micronaut.serde.annotation.Serdeable
    public record Collision(
            long id,
            String kind,
            String confirmation,
            String otherConfirmation,
            String room,
            Long sequence,
            String detail,
            java.time.Instant notedAt) {}

    private final Replica replica;
    private final app.innkeep.standby.desk.DeskQueries desk;
    private final Clock clock;

    public Collisions(Replica replica, app.innkeep.standby.desk.DeskQueries desk, Clock clock) {
        this.replica = replica;
        this.desk = desk;
        this.clock = clock;
    }

    /** The desk's bookings, the folios it worked on and the rooms its live bookings hold, as they stand now. */
    @Override
    public DeskWork deskWork() {
        Set<String> bookings = new HashSet<>(
                replica.list("SELECT CONFIRMATION FROM LOCAL_BOOKING WHERE RETIRED_AT IS NULL", rs -> rs.getString(1)));
        Set<String> folios = new HashSet<>(bookings);
        folios.addAll(replica.list(
                "SELECT DISTINCT CONFIRMATION FROM LOCAL_FOLIO_LINE WHERE RETIRED_AT IS NULL", rs -> rs.getString(1)));
        Set<String> rooms = new HashSet<>(replica.list(
                "SELECT DISTINCT ROOM_NUMBER FROM LOCAL_BOOKING WHERE RETIRED_AT IS NULL"
                        + " AND STATUS IN ('RESERVED', 'CHECKED_IN') AND ROOM_NUMBER IS NOT NULL",
                rs -> rs.getString(1)));
        return new DeskWork(bookings, folios, rooms);
    }

    /** After the feed (or a snapshot) wrote the cloud's version of a booking. */
    @Override
    public void cloudBookingWritten(String confirmation, Long sequence) {
        if (reentryUnderWay(confirmation)) {
            return;
        }
        var local = replica.one(
                "SELECT BASE_STATE, ORIGIN FROM LOCAL_BOOKING WHERE CONFIRMATION = ? AND RETIRED_AT IS NULL",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                confirmation);
        var cloud = desk.cloudVersion(confirmation);
        if (cloud.isEmpty()) {
            return;
        }
        if (local.isPresent()) {
            String base = local.get()[0];
            String now = cloud.get().toJson();
            if (base != null && !base.equals(now) && !flagged("BOOKING_CHANGED_IN_CLOUD", confirmation, now)) {
                flag(
                        "BOOKING_CHANGED_IN_CLOUD",
                        confirmation,
                        null,
                        cloud.get().room(),
                        sequence,
                        now,
                        "the cloud changed booking " + confirmation + " after the standby did; both versions are kept");
            }
        }
        roomClashes(cloud.get().confirmation(), cloud.get().room(), sequence);
    }

    /** After the feed brought a cloud folio line for a booking the desk also worked on. */
    @Override
    public void cloudFolioLineWritten(String confirmation, long lineId, String description, Long sequence) {
        if (reentryUnderWay(confirmation)) {
            return;
        }
        boolean worked = replica.count(
                                "SELECT COUNT(*) FROM LOCAL_FOLIO_LINE WHERE CONFIRMATION = ? AND RETIRED_AT IS NULL",
                                confirmation)
                        + replica.count(
                                "SELECT COUNT(*) FROM LOCAL_BOOKING WHERE CONFIRMATION = ? AND RETIRED_AT IS NULL",
                                confirmation)
                > 0;
        String key = "line " + lineId;
        if (worked && !flagged("FOLIO_CHANGED_IN_CLOUD", confirmation, key)) {
            flag(
                    "FOLIO_CHANGED_IN_CLOUD",
                    confirmation,
                    null,
                    null,
                    sequence,
                    key,
                    "the cloud posted " + description + " to folio " + confirmation
                            + " while the standby also worked on it");
        }
    }

    /** After a full resync: every booking the desk holds is compared with the cloud's new copy again. */
    @Override
    public void afterResync() {
        for (String confirmation : replica.list(
                "SELECT CONFIRMATION FROM LOCAL_BOOKING WHERE RETIRED_AT IS NULL ORDER BY CONFIRMATION",
                rs -> rs.getString(1))) {
            cloudBookingWritten(confirmation, null);
        }
        for (var cloud : replica.list(
                "SELECT b.CONFIRMATION, b.ROOM_NUMBER FROM BOOKING b WHERE b.STATUS IN ('RESERVED', 'CHECKED_IN')"
                        + " AND b.ROOM_NUMBER IN (SELECT ROOM_NUMBER FROM LOCAL_BOOKING WHERE RETIRED_AT IS NULL AND STATUS IN ('RESERVED', 'CHECKED_IN'))",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            roomClashes(cloud[0], cloud[1], null);
        }
    }

    public List<Collision> all() {
        return replica.list("SELECT * FROM COLLISION ORDER BY ID", Collisions::map);
    }

    public List<Collision> forBooking(String confirmation) {
        return replica.list(
                "SELECT * FROM COLLISION WHERE CONFIRMATION = ? OR OTHER_CONFIRMATION = ? ORDER BY ID",
                Collisions::map,
                confirmation,
                confirmation);
    }

    /** A cloud booking holding {@code room} for a night a different booking of the desk holds it too. */
    private void roomClashes(String cloudConfirmation, String room, Long sequence) {
        if (room == null) {
            return;
        }
        Optional<String[]> clash = replica.one(
                "SELECT l.CONFIRMATION, l.LAST_NAME FROM LOCAL_BOOKING l, BOOKING c WHERE c.CONFIRMATION = ?"
                        + " AND c.STATUS IN ('RESERVED', 'CHECKED_IN') AND l.STATUS IN ('RESERVED', 'CHECKED_IN') AND l.RETIRED_AT IS NULL"
                        + " AND l.ROOM_NUMBER = c.ROOM_NUMBER AND l.CONFIRMATION <> c.CONFIRMATION"
                        + " AND l.ARRIVAL < c.DEPARTURE AND l.DEPARTURE > c.ARRIVAL FETCH FIRST 1 ROWS ONLY",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                cloudConfirmation);
        if (clash.isPresent()
                && replica.count(
                                "SELECT COUNT(*) FROM COLLISION WHERE KIND = 'ROOM_DOUBLE_BOOKED' AND CONFIRMATION = ?"
                                        + " AND OTHER_CONFIRMATION = ?",
                                clash.get()[0],
                                cloudConfirmation)
                        == 0) {
            flag(
                    "ROOM_DOUBLE_BOOKED",
                    clash.get()[0],
                    cloudConfirmation,
                    room,
                    sequence,
                    null,
                    "room " + room + " is held by " + clash.get()[0] + " (standby) and by cloud booking "
                            + cloudConfirmation + " for the same night");
        }
    }

    /**
     * Once the auditor has begun to re-enter a booking into the cloud, the cloud's version differs from the desk's by
     * design (it now holds the re-entered work): that is no collision.
     */
    private boolean reentryUnderWay(String confirmation) {
        return replica.count(
                        "SELECT COUNT(*) FROM REENTRY_ITEM i JOIN OUTAGE_JOURNAL j ON j.ENTRY_ID = i.ENTRY_ID"
                                + " WHERE j.BOOKING_REF = ? AND i.STATUS IN ('POSTED', 'MANUAL')",
                        confirmation)
                > 0;
    }

    private boolean flagged(String kind, String confirmation, String key) {
        return replica.count(
                        "SELECT COUNT(*) FROM COLLISION WHERE KIND = ? AND CONFIRMATION = ? AND VERSION_KEY = ?",
                        kind,
                        confirmation,
                        key)
                > 0;
    }

    private void flag(
            String kind, String confirmation, String other, String room, Long sequence, String key, String detail) {
        replica.update(
                "INSERT INTO COLLISION (KIND, CONFIRMATION, OTHER_CONFIRMATION, ROOM_NUMBER, SEQUENCE_NO, VERSION_KEY, DETAIL,"
                        + " NOTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                kind,
                confirmation,
                other,
                room,
                sequence,
                key,
                detail,
                clock.instant());
        LOG.warn("Collision flagged: {}", detail);
    }

    private static Collision map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Collision(
                rs.getLong("ID"),
                rs.getString("KIND"),
                rs.getString("CONFIRMATION"),
                rs.getString("OTHER_CONFIRMATION"),
                rs.getString("ROOM_NUMBER"),
                (Long) rs.getObject("SEQUENCE_NO"),
                rs.getString("DETAIL"),
                Replica.instant(rs, "NOTED_AT"));
    }
}

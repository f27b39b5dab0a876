package app.innkeep.standby.sync;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingEvent;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import app.innkeep.model.event.PropertyEvent.FolioEvent;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.standby.outage.Collisions;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.Replica;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies feed events to the replica, inside the transaction of their page. An event the standby cannot apply yet
 * (unknown type, newer schema, a master-data ID missing here) is held with its reason; later events of the same
 * booking wait behind it so their order is kept, while unrelated events go on.
 */
@Singleton
public class ReplicaApplier {

    /** What became of one event. */
    public enum Outcome {
        APPLIED,
        HELD
    }

    private final Replica replica;
    private final MasterDataPreflight preflight;
    private final Clock clock;
    private final Collisions collisions;

    public ReplicaApplier(Replica replica, MasterDataPreflight preflight, Clock clock, Collisions collisions) {
        this.replica = replica;
        this.preflight = preflight;
        this.clock = clock;
        this.collisions = collisions;
    }

    /** Applies or holds one entry of the feed, given as decoded and as its raw text. */
    public Outcome apply(DecodeResult result, String raw) {
        return switch (result) {
            case DecodeResult.Decoded(EventEnvelope envelope) -> applyOrHold(envelope, raw);
            case DecodeResult.UnknownType(long sequence, String type, String json) ->
                hold(sequence, type, null, "unknown event type " + type + "; a newer standby version is needed", json);
            case DecodeResult.NewerSchema(long sequence, String type, int version, String json) ->
                hold(
                        sequence,
                        type,
                        null,
                        type + " in schema version " + version + " is newer than this standby reads",
                        json);
            case DecodeResult.Malformed(long sequence, String reason, String json) ->
                hold(sequence, "malformed", null, "unreadable event: " + reason, json);
        };
    }

    /** Tries a held event again; returns true when it could be applied now. */
    public boolean retry(long sequence, String raw, DecodeResult result) {
        if (!(result instanceof DecodeResult.Decoded(EventEnvelope envelope))) {
            return false;
        }
        String subject = subject(envelope.event());
        if (subject != null && olderHeld(subject, sequence)) {
            return false;
        }
        Optional<String> missing = preflight.missingFor(envelope.event());
        if (missing.isPresent()) {
            replica.update("UPDATE HELD_EVENT SET REASON = ? WHERE SEQUENCE_NO = ?", missing.get(), sequence);
            return false;
        }
        replica.update("DELETE FROM HELD_EVENT WHERE SEQUENCE_NO = ?", sequence);
        write(envelope);
        return true;
    }

    private Outcome applyOrHold(EventEnvelope envelope, String raw) {
        PropertyEvent event = envelope.event();
        String subject = subject(event);
        if (subject != null) {
            Optional<Long> blocking = replica.one(
                    "SELECT MIN(SEQUENCE_NO) FROM HELD_EVENT WHERE SUBJECT = ?", rs -> (Long) rs.getObject(1), subject);
            if (blocking.isPresent()) {
                return hold(
                        envelope.sequence(),
                        event.type(),
                        subject,
                        "waits behind held event " + blocking.get() + " of booking " + subject,
                        raw);
            }
        }
        Optional<String> missing = preflight.missingFor(event);
        if (missing.isPresent()) {
            return hold(envelope.sequence(), event.type(), subject, missing.get(), raw);
        }
        write(envelope);
        return Outcome.APPLIED;
    }

    private boolean olderHeld(String subject, long sequence) {
        return replica.count("SELECT COUNT(*) FROM HELD_EVENT WHERE SUBJECT = ? AND SEQUENCE_NO < ?", subject, sequence)
                > 0;
    }

    private Outcome hold(long sequence, String type, String subject, String reason, String raw) {
        if (replica.count("SELECT COUNT(*) FROM HELD_EVENT WHERE SEQUENCE_NO = ?", sequence) == 0) {
            replica.update(
                    "INSERT INTO HELD_EVENT (SEQUENCE_NO, EVENT_TYPE, SUBJECT, REASON, PAYLOAD, HELD_AT) VALUES (?, ?, ?, ?, ?, ?)",
                    sequence,
                    SyncStates.truncate(type, 60),
                    subject,
                    SyncStates.truncate(reason, 1000),
                    raw,
                    clock.instant());
        }
        return Outcome.HELD;
    }

    /** The booking an event belongs to, for ordering; null for events that belong to no booking. */
    static String subject(PropertyEvent event) {
        return switch (event) {
            case BookingEvent b -> b.booking().confirmation();
            case FolioEvent f -> f.line().confirmation();
            case MasterDataChanged m -> null;
            case RoomStatusChanged r -> null;
            case BusinessDateRolled d -> null;
        };
    }

    private void write(EventEnvelope envelope) {
        long seq = envelope.sequence();
        switch (envelope.event()) {
            case BookingEvent b -> {
                booking(b.booking(), seq);
                collisions.cloudBookingWritten(b.booking().confirmation(), seq);
            }
            case FolioEvent f -> {
                folioLine(f.line(), seq);
                collisions.cloudFolioLineWritten(
                        f.line().confirmation(),
                        f.line().lineId(),
                        f.line().kind() + " " + f.line().code() + " "
                                + f.line().amount().toPlainString(),
                        seq);
            }
            case MasterDataChanged m -> masterData(m, seq);
            case RoomStatusChanged r ->
                replica.upsert(
                        "ROOM",
                        Replica.columns("ROOM_NUMBER", r.room()),
                        roomStatus(r, seq),
                        Replica.columns("ROOM_TYPE", r.roomType() == null ? "?" : r.roomType(), "ACTIVE", true));
            case BusinessDateRolled d ->
                replica.update("UPDATE SYNC_STATE SET BUSINESS_DATE = ? WHERE ID = 1", d.businessDate());
        }
    }

    /** Housekeeping and out of order; the room type only when the event names it. */
    private static java.util.Map<String, Object> roomStatus(RoomStatusChanged r, long seq) {
        var values =
                Replica.columns("HOUSEKEEPING", r.housekeeping(), "OUT_OF_ORDER", r.outOfOrder(), "SEQUENCE_NO", seq);
        if (r.roomType() != null) {
            values.put("ROOM_TYPE", r.roomType());
        }
        return values;
    }

    /** Writes a whole booking as the snapshot and the feed carry it. */
    public void booking(BookingState b, long seq) {
        var g = b.guest();
        String searchName = (g.lastName() + " " + g.firstName())
                .strip()
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        replica.upsert(
                "BOOKING",
                Replica.columns("CONFIRMATION", b.confirmation()),
                Replica.columns(
                        "STATUS",
                        b.status(),
                        "GUEST_ID",
                        g.id(),
                        "FIRST_NAME",
                        g.firstName(),
                        "LAST_NAME",
                        g.lastName(),
                        "SEARCH_NAME",
                        searchName,
                        "EMAIL",
                        g.email(),
                        "PHONE",
                        g.phone(),
                        "SOURCE_CODE",
                        b.source(),
                        "ROOM_TYPE",
                        b.roomType(),
                        "ROOM_NUMBER",
                        b.room(),
                        "ARRIVAL",
                        b.arrival(),
                        "DEPARTURE",
                        b.departure(),
                        "ADULTS",
                        b.adults(),
                        "CHILDREN",
                        b.children(),
                        "RATE",
                        b.rate(),
                        "CANCEL_REASON",
                        b.cancelReason(),
                        "NOTES",
                        b.notes(),
                        "SEQUENCE_NO",
                        seq));
    }

    /** Folio lines never change once posted: one already here is left as it is. */
    public void folioLine(FolioLineState l, long seq) {
        if (replica.count("SELECT COUNT(*) FROM FOLIO_LINE WHERE LINE_ID = ?", l.lineId()) > 0) {
            return;
        }
        replica.update(
                "INSERT INTO FOLIO_LINE (LINE_ID, CONFIRMATION, LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT,"
                        + " BUSINESS_DATE, CARD_LAST4, REVERSES_LINE_ID, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.lineId(),
                l.confirmation(),
                l.kind(),
                l.code(),
                l.description(),
                l.quantity(),
                l.unitPrice(),
                l.amount(),
                l.businessDate(),
                l.cardLast4(),
                l.reversesLineId(),
                seq);
    }

    /** The cloud's master data is recorded as the cloud's; the standby's own is changed only by its admin. */
    public void masterData(MasterDataChanged m, long seq) {
        if (m.kind().equals("room")) {
            replica.upsert(
                    "ROOM",
                    Replica.columns("ROOM_NUMBER", m.code()),
                    Replica.columns(
                            "ROOM_TYPE", m.roomType(), "ACTIVE", m.active() && !m.deleted(), "SEQUENCE_NO", seq),
                    Replica.columns("HOUSEKEEPING", "CLEAN", "OUT_OF_ORDER", false));
            return;
        }
        replica.upsert(
                "CLOUD_MASTER_DATA",
                Replica.columns("KIND", m.kind(), "CODE", m.code()),
                Replica.columns(
                        "DESCRIPTION",
                        m.description(),
                        "DEFAULT_PRICE",
                        m.defaultPrice(),
                        "CARD",
                        m.card(),
                        "MAX_OCCUPANCY",
                        m.maxOccupancy(),
                        "ACTIVE",
                        m.active(),
                        "DELETED",
                        m.deleted(),
                        "SEQUENCE_NO",
                        seq));
    }
}

package app.innkeep.standby.sync;

import app.innkeep.model.Housekeeping;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingEvent;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import app.innkeep.model.event.PropertyEvent.FolioEvent;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.KnownValues;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.ReplicaBatch;
import app.innkeep.standby.store.ReplicaLetters;
import app.innkeep.standby.store.ReplicaRows;
import app.innkeep.standby.store.RoomStates;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies feed events to the replica, inside the transaction of their page. An event the standby cannot apply yet
 * (unknown type, newer schema, a master-data ID missing here) is held with its reason; later events of the same
 * booking wait behind it so their order is kept, while unrelated events go on. The feed's store: its statements and
 * batching are the apply path ADR 0014 measured.
 */
@Store
@Singleton
public class ReplicaApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaApplier.class);

    /** What became of one event. */
    public enum Outcome {
        APPLIED,
        HELD
    }

    private final Replica replica;
    private final MasterDataPreflight preflight;
    private final Clock clock;
    private final CloudWriteListener collisions;
    private final HeldEvents heldEvents;
    private final SyncStates states;

    public ReplicaApplier(
            Replica replica,
            MasterDataPreflight preflight,
            Clock clock,
            CloudWriteListener collisions,
            HeldEvents heldEvents,
            SyncStates states) {
        this.replica = replica;
        this.preflight = preflight;
        this.clock = clock;
        this.collisions = collisions;
        this.heldEvents = heldEvents;
        this.states = states;
    }

    /** One entry of a feed page: as decoded, and its text for when it has to be held. */
    public record FeedEntry(DecodeResult result, Supplier<String> raw) {}

    /**
     * Applies or holds the entries of one feed page, in order, inside the caller's transaction. Returns how many were
     * applied and how many held.
     */
    public PageCounts applyPage(List<FeedEntry> entries) {
        int applied = 0;
        int held = 0;
        List<EventEnvelope> decoded = new ArrayList<>();
        for (FeedEntry entry : entries) {
            if (entry.result() instanceof DecodeResult.Decoded(EventEnvelope envelope)) {
                decoded.add(envelope);
            }
        }
        try (PageWrite page = new PageWrite(decoded)) {
            for (FeedEntry entry : entries) {
                if (page.apply(entry) == Outcome.APPLIED) {
                    applied++;
                } else {
                    held++;
                }
            }
        }
        return new PageCounts(applied, held);
    }

    /** Held events whose reason has gone (master data adopted since) are applied, oldest first. Returns how many. */
    int retryHeld() {
        int applied = 0;
        for (HeldEvents.Waiting held : heldEvents.all()) {
            if (retry(held.sequence(), held.payload(), EventCodec.decode(held.payload()))) {
                applied++;
            }
        }
        if (applied > 0) {
            states.heldApplied(applied);
            LOG.info("{} held events applied now that their master data is here", applied);
        }
        return applied;
    }

    /** Tries a held event again; returns true when it could be applied now. */
    public boolean retry(long sequence, String raw, DecodeResult result) {
        if (!(result instanceof DecodeResult.Decoded(EventEnvelope envelope))) {
            return false;
        }
        String subject = subject(envelope.event());
        if (subject != null && heldEvents.olderHeld(subject, sequence)) {
            return false;
        }
        Optional<String> missing = KnownValues.in(envelope.event()).or(() -> preflight.missingFor(envelope.event()));
        if (missing.isPresent()) {
            heldEvents.stillHeld(sequence, missing.get());
            return false;
        }
        heldEvents.released(sequence);
        try (PageWrite page = new PageWrite(List.of(envelope))) {
            page.write(envelope);
        }
        return true;
    }

    /** The booking an event belongs to, for ordering; null for events that belong to no booking. */
    static String subject(PropertyEvent event) {
        return switch (event) {
            case BookingEvent b -> b.booking().confirmation();
            case FolioEvent f -> f.line().confirmation();
            case MasterDataChanged m -> null;
            case RoomStatusChanged r -> null;
            case BusinessDateRolled d -> null;
            case LetterTemplateChanged t -> null;
        };
    }

    /**
     * The writes of one page. What the checks need (held bookings, the standby's master data, what the desk worked on,
     * which folio lines exist already) is read once for the whole page; the rows are written as batches,
     * a booking changed several times in the page once, in its last version. Where the desk has worked on a booking,
     * the collision checks run against the database as before, after the batches are flushed.
     */
    private final class PageWrite implements AutoCloseable {
        private final ReplicaBatch batch = replica.batch();
        private final Map<String, Long> heldSubjects = new HashMap<>();
        private final MasterDataPreflight.Present present = preflight.present();
        private final CloudWriteListener.DeskWork desk = collisions.deskWork();
        private final Set<Long> lines;
        private final Set<String> newBookings;
        private final Map<String, BookingState> pending = new LinkedHashMap<>();
        private final Map<String, Long> pendingSequence = new HashMap<>();
        private final RoomStates rooms = new RoomStates();

        PageWrite(List<EventEnvelope> envelopes) {
            batch.list(
                            "SELECT SUBJECT, MIN(SEQUENCE_NO) FROM HELD_EVENT WHERE SUBJECT IS NOT NULL GROUP BY SUBJECT",
                            rs -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> heldSubjects.put(e.getKey(), e.getValue()));
            Set<Long> lineIds = new HashSet<>();
            Set<String> created = new HashSet<>();
            for (EventEnvelope e : envelopes) {
                if (e.event() instanceof FolioEvent f) {
                    lineIds.add(f.line().lineId());
                } else if (e.event() instanceof BookingCreated c) {
                    created.add(c.booking().confirmation());
                }
            }
            // A booking created in the page is inserted, unless it is here already; asking is cheaper than an UPDATE
            // that finds no row (Derby makes a warning of it, its text looked up in its message bundles).
            created.removeAll(existing(
                    "SELECT CONFIRMATION FROM BOOKING WHERE CONFIRMATION = ?", created, rs -> rs.getString(1)));
            newBookings = created;
            // A line above the highest ID here is new without asking: only the others are looked up, one by one.
            long highest = batch.list("SELECT MAX(LINE_ID) FROM FOLIO_LINE", rs -> rs.getLong(1))
                    .getFirst();
            lineIds.removeIf(id -> id > highest);
            lines = existing("SELECT LINE_ID FROM FOLIO_LINE WHERE LINE_ID = ?", lineIds, rs -> rs.getLong(1));
        }

        /**
         * Which of the keys have a row. One primary-key probe per key through one prepared statement: an IN list of
         * the page's keys was tried and was slower, because Derby keeps the plan it compiled while the table was small
         * (a table scan) long after the table has grown.
         */
        private <K> Set<K> existing(String sql, Set<K> keys, Replica.RowMapper<K> mapper) {
            Set<K> found = new HashSet<>();
            for (K key : keys) {
                found.addAll(batch.list(sql, mapper, key));
            }
            return found;
        }

        Outcome apply(FeedEntry entry) {
            return switch (entry.result()) {
                case DecodeResult.Decoded(EventEnvelope envelope) -> applyOrHold(envelope, entry.raw());
                case DecodeResult.UnknownType(long sequence, String type, String json) ->
                    hold(
                            sequence,
                            type,
                            null,
                            "unknown event type " + type + "; a newer standby version is needed",
                            json);
                case DecodeResult.NewerSchema(long sequence, String type, int version, String json) ->
                    hold(
                            sequence,
                            type,
                            null,
                            type + " in schema version " + version + " is newer than this standby reads ("
                                    + EventCodec.SCHEMA_VERSION + "); a newer standby version is needed",
                            json);
                case DecodeResult.Malformed(long sequence, String reason, String json) ->
                    hold(sequence, "malformed", null, "unreadable event: " + reason, json);
            };
        }

        private Outcome applyOrHold(EventEnvelope envelope, Supplier<String> raw) {
            PropertyEvent event = envelope.event();
            String subject = subject(event);
            if (subject != null && heldSubjects.containsKey(subject)) {
                return hold(
                        envelope.sequence(),
                        event.type(),
                        subject,
                        "waits behind held event " + heldSubjects.get(subject) + " of booking " + subject,
                        raw.get());
            }
            Optional<String> missing = KnownValues.in(event).or(() -> preflight.missingFor(event, present));
            if (missing.isPresent()) {
                return hold(envelope.sequence(), event.type(), subject, missing.get(), raw.get());
            }
            write(envelope);
            return Outcome.APPLIED;
        }

        private Outcome hold(long sequence, String type, String subject, String reason, String raw) {
            if (subject != null) {
                heldSubjects.putIfAbsent(subject, sequence);
            }
            if (batch.list("SELECT 1 FROM HELD_EVENT WHERE SEQUENCE_NO = ?", rs -> 1, sequence)
                    .isEmpty()) {
                batch.update(
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

        void write(EventEnvelope envelope) {
            long seq = envelope.sequence();
            switch (envelope.event()) {
                case BookingEvent b -> {
                    String confirmation = b.booking().confirmation();
                    pending.put(confirmation, b.booking());
                    pendingSequence.put(confirmation, seq);
                    if (desk.touches(confirmation, b.booking().room())) {
                        flush();
                        collisions.cloudBookingWritten(
                                confirmation, seq, SyncStates.truncate(envelope.actor(), 60), envelope.occurredAt());
                    }
                }
                case FolioEvent f -> {
                    FolioLineState l = f.line();
                    // Folio lines never change once posted: one already here is left as it is.
                    if (lines.add(l.lineId())) {
                        batch.queue(ReplicaRows.FOLIO_LINE_INSERT, ReplicaRows.folioLine(l, seq));
                    }
                    if (desk.touchesFolio(l.confirmation())) {
                        collisions.cloudFolioLineWritten(
                                l.confirmation(),
                                l.lineId(),
                                l.kind() + " " + l.code() + " " + l.amount().toPlainString(),
                                seq);
                    }
                }
                case MasterDataChanged m -> {
                    // A room's master data writes its row now: the room states queued before it go first.
                    flush();
                    masterData(batch, m, seq);
                }
                case RoomStatusChanged r -> rooms.add(r, seq);
                case BusinessDateRolled d ->
                    batch.update("UPDATE SYNC_STATE SET BUSINESS_DATE = ? WHERE ID = 1", d.businessDate());
                case LetterTemplateChanged t ->
                    ReplicaLetters.write(
                            batch, t, seq, envelope.occurredAt(), SyncStates.truncate(envelope.actor(), 60));
            }
        }

        /**
         * Every booking written so far reaches the table: the ones created in the page and not here yet inserted, the
         * others as one batch of updates, whose counts tell which are not here after all (inserted then, in the same
         * batch of inserts).
         */
        private void flush() {
            List<Object[]> rows = new ArrayList<>(pending.size());
            for (var e : pending.entrySet()) {
                Object[] values = ReplicaRows.booking(e.getValue(), pendingSequence.get(e.getKey()));
                if (newBookings.remove(e.getKey())) {
                    batch.queue(ReplicaRows.BOOKING_INSERT, values);
                    continue;
                }
                rows.add(values);
                Object[] params = Arrays.copyOf(Arrays.copyOfRange(values, 1, values.length), values.length);
                params[values.length - 1] = e.getKey();
                batch.queue(ReplicaRows.BOOKING_UPDATE, params);
            }
            int[] counts = batch.execute(ReplicaRows.BOOKING_UPDATE);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    batch.queue(ReplicaRows.BOOKING_INSERT, rows.get(i));
                } else if (counts[i] != 1) {
                    throw new IllegalStateException(
                            "updating booking " + rows.get(i)[0] + " changed " + counts[i] + " rows");
                }
            }
            pending.clear();
            pendingSequence.clear();
            rooms.flush(batch);
            batch.flush();
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                batch.close();
            }
        }
    }

    /** The cloud's master data is recorded as the cloud's; the standby's own is changed only by its admin. */
    public void masterData(ReplicaBatch batch, MasterDataChanged m, long seq) {
        if (m.kind().equals("room")) {
            batch.upsert(
                    "ROOM",
                    Replica.columns("ROOM_NUMBER", m.code()),
                    Replica.columns(
                            "ROOM_TYPE", m.roomType(), "ACTIVE", m.active() && !m.deleted(), "SEQUENCE_NO", seq),
                    Replica.columns("HOUSEKEEPING", Housekeeping.CLEAN, "OUT_OF_ORDER", false));
            return;
        }
        batch.upsert(
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

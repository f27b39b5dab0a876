package app.innkeep.standby.sync;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.model.json.Json;
import app.innkeep.standby.store.Replica;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Once at start, in the background: a feed page made of copies of rows the replica already holds is applied as the
 * cloud's pages are, and rolled back ({@link SyncService#warmUp}). Derby compiles the apply's statements and the JIT
 * the apply's code, so the first sync after a start, often the one that matters (the PC was off while the hotel
 * worked), runs at the speed of the later ones. Nothing of it stays. Off with {@code innkeep.standby.sync.warm-up=false}.
 */
@Singleton
public class SyncWarmUp {

    /** Rounds of the made-up page (a booking modified, a charge, a room status each). */
    static final int ROUNDS = 150;

    /** A confirmation the cloud never hands out (its are digits): the made-up booking cannot meet a real one. */
    static final String CONFIRMATION = "WARM-UP";

    private final SyncService sync;
    private final Replica replica;
    private final boolean enabled;

    public SyncWarmUp(
            SyncService sync, Replica replica, @Value("${innkeep.standby.sync.warm-up:true}") boolean enabled) {
        this.sync = sync;
        this.replica = replica;
        this.enabled = enabled;
    }

    @EventListener
    void atStart(StartupEvent event) {
        if (enabled) {
            Thread.ofVirtual().name("sync-warm-up").start(() -> sync.warmUp(this));
        }
    }

    /**
     * The page's text after {@code cursor}, as the cloud would send it: a copy of an existing booking created under
     * {@link #CONFIRMATION}, then {@link #ROUNDS} times the existing booking modified as it is, a copy of an existing
     * charge posted to the copied booking, an existing room's status as it is. Empty when the replica has no booking or
     * charge to copy.
     */
    Optional<String> page(String property, long cursor) {
        Optional<BookingState> booking = replica.one(
                "SELECT CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, SOURCE_CODE, ROOM_TYPE,"
                        + " ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE, CANCEL_REASON, NOTES FROM BOOKING"
                        + " ORDER BY SEQUENCE_NO DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new BookingState(
                        rs.getString(1),
                        rs.getString(2),
                        new GuestState(
                                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getDate(11).toLocalDate(),
                        rs.getDate(12).toLocalDate(),
                        rs.getInt(13),
                        rs.getInt(14),
                        rs.getBigDecimal(15),
                        rs.getString(16),
                        rs.getString(17)));
        Optional<FolioLineState> line = replica.one(
                "SELECT LINE_ID, CONFIRMATION, LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, BUSINESS_DATE"
                        + " FROM FOLIO_LINE WHERE LINE_KIND = 'CHARGE' FETCH FIRST 1 ROWS ONLY",
                rs -> new FolioLineState(
                        -1,
                        CONFIRMATION,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getDate(9).toLocalDate(),
                        null,
                        null));
        Optional<RoomStatusChanged> room = replica.one(
                "SELECT ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER FROM ROOM WHERE ACTIVE FETCH FIRST 1 ROWS ONLY",
                rs -> new RoomStatusChanged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        if (booking.isEmpty() || line.isEmpty() || room.isEmpty()) {
            return Optional.empty();
        }
        BookingState b = booking.get();
        BookingState copy = new BookingState(
                CONFIRMATION,
                b.status(),
                b.guest(),
                b.source(),
                b.roomType(),
                null,
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                b.cancelReason(),
                b.notes());
        // Enough events for the JIT to compile the parsing and the apply (a few hundred calls of each), few enough to
        // take a moment: the copied charge under made-up negative line IDs, the booking and the room as they are.
        List<PropertyEvent> events = new ArrayList<>();
        events.add(new BookingCreated(copy));
        FolioLineState charge = line.get();
        for (int i = 1; i <= ROUNDS; i++) {
            events.add(new BookingModified(b));
            events.add(new ChargePosted(new FolioLineState(
                    -i,
                    charge.confirmation(),
                    charge.kind(),
                    charge.code(),
                    charge.description(),
                    charge.quantity(),
                    charge.unitPrice(),
                    charge.amount(),
                    charge.businessDate(),
                    null,
                    null)));
            events.add(room.get());
        }
        List<String> encoded = new ArrayList<>();
        long sequence = cursor;
        for (PropertyEvent e : events) {
            encoded.add(EventCodec.encode(new EventEnvelope(
                    property,
                    ++sequence,
                    UUID.randomUUID(),
                    Instant.now(),
                    b.arrival(),
                    "warm-up",
                    EventCodec.SCHEMA_VERSION,
                    e)));
        }
        return Optional.of("{\"property\":" + Json.write(property) + ",\"after\":" + cursor + ",\"next\":" + sequence
                + ",\"head\":" + sequence + ",\"events\":[" + String.join(",", encoded) + "]}");
    }
}

package app.innkeep.standby.sync;

import app.innkeep.model.StayTerms;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.model.json.Json;
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
    private final ReplicaContents contents;
    private final boolean enabled;

    public SyncWarmUp(
            SyncService sync,
            ReplicaContents contents,
            @Value("${innkeep.standby.sync.warm-up:true}") boolean enabled) {
        this.sync = sync;
        this.contents = contents;
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
        Optional<BookingState> booking = contents.anyBooking();
        Optional<FolioLineState> line = contents.anyCharge(CONFIRMATION);
        Optional<RoomStatusChanged> room = contents.anyActiveRoom();
        if (booking.isEmpty() || line.isEmpty() || room.isEmpty()) {
            return Optional.empty();
        }
        BookingState b = booking.get();
        BookingState copy = new BookingState(
                CONFIRMATION, b.status(), b.guest(), StayTerms.of(b).withRoom(null));
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

package app.innkeep.model.event;

import app.innkeep.model.event.PropertyEvent.BookingCancelled;
import app.innkeep.model.event.PropertyEvent.BookingCheckedIn;
import app.innkeep.model.event.PropertyEvent.BookingCheckedOut;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import app.innkeep.model.event.PropertyEvent.BookingNoShow;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.ChargeVoided;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.event.PropertyEvent.PaymentPosted;
import app.innkeep.model.event.PropertyEvent.PaymentRefunded;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One realistic event of every type, as the golden files hold them. */
final class EventSamples {

    static final LocalDate DAY = LocalDate.parse("2026-03-10");

    private EventSamples() {}

    static BookingState booking(String status) {
        return new BookingState(
                "100042",
                status,
                new GuestState(7, "Maria", "Gonçalves", "maria@example.com", null),
                "WEB",
                "DLX",
                "201",
                DAY,
                DAY.plusDays(3),
                2,
                1,
                new BigDecimal("189.00"),
                status.equals("CANCELLED") ? "Flight cancelled" : null,
                "Late arrival \"after 22:00\"");
    }

    static FolioLineState line(long id, String kind, String code, String amount, Long reverses) {
        BigDecimal value = new BigDecimal(amount);
        return new FolioLineState(
                id,
                "100042",
                kind,
                code,
                code.equals("MINIBAR") ? "Minibar" : "Visa",
                BigDecimal.ONE.setScale(2),
                value,
                value,
                DAY,
                kind.equals("PAYMENT") ? "4242" : null,
                reverses);
    }

    static List<PropertyEvent> all() {
        return List.of(
                new BookingCreated(booking("RESERVED")),
                new BookingModified(booking("RESERVED")),
                new BookingCancelled(booking("CANCELLED")),
                new BookingCheckedIn(booking("CHECKED_IN")),
                new BookingCheckedOut(booking("CHECKED_OUT")),
                new BookingNoShow(booking("NO_SHOW")),
                new ChargePosted(line(501, "CHARGE", "MINIBAR", "6.00", null)),
                new ChargeVoided(line(502, "CHARGE", "MINIBAR", "-6.00", 501L)),
                new PaymentPosted(line(503, "PAYMENT", "VISA", "567.00", null)),
                new PaymentRefunded(line(504, "PAYMENT", "VISA", "-67.00", 503L)),
                new MasterDataChanged(
                        "inventory-item", "MINIBAR", "Minibar", new BigDecimal("6.00"), null, null, null, true, false),
                new RoomStatusChanged("201", "DLX", "DIRTY", false),
                new BusinessDateRolled(DAY, DAY.plusDays(1)),
                new LetterTemplateChanged(
                        "cancellation",
                        "Your booking is cancelled",
                        "Dear {firstName},\n\nbooking {confirmation} is cancelled ({cancelReason}).\n\n\"Bis bald\", {clerk}",
                        false));
    }

    static EventEnvelope envelope(PropertyEvent event, long sequence) {
        return new EventEnvelope(
                "SEA",
                sequence,
                UUID.nameUUIDFromBytes(("event-" + sequence).getBytes()),
                Instant.parse("2026-03-10T14:05:30.123Z"),
                DAY,
                "sea.frontdesk",
                EventCodec.SCHEMA_VERSION,
                event);
    }
}

package app.innkeep.model.event;

import static app.innkeep.model.json.JsonObject.fields;

import app.innkeep.model.Stay;
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
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The wire form of feed events. Writing is exhaustive over {@link PropertyEvent}; reading is tolerant: fields it
 * does not know are ignored, and an unknown type, a newer schema version or broken JSON is reported as a
 * {@link DecodeResult}, never thrown.
 */
public final class EventCodec {

    /** The schema version this code writes and the newest it reads, for every event type. */
    public static final int SCHEMA_VERSION = 1;

    public static final Set<String> TYPES = Set.of(
            BookingCreated.TYPE,
            BookingModified.TYPE,
            BookingCancelled.TYPE,
            BookingCheckedIn.TYPE,
            BookingCheckedOut.TYPE,
            BookingNoShow.TYPE,
            ChargePosted.TYPE,
            ChargeVoided.TYPE,
            PaymentPosted.TYPE,
            PaymentRefunded.TYPE,
            MasterDataChanged.TYPE,
            RoomStatusChanged.TYPE,
            BusinessDateRolled.TYPE,
            LetterTemplateChanged.TYPE);

    private EventCodec() {}

    public static String encode(EventEnvelope e) {
        return Json.write(fields(
                "type", e.type(),
                "schemaVersion", e.schemaVersion(),
                "property", e.property(),
                "sequence", e.sequence(),
                "eventId", e.eventId(),
                "occurredAt", e.occurredAt(),
                "businessDate", e.businessDate(),
                "actor", e.actor(),
                "data", data(e.event())));
    }

    /** The event's own fields, the part of the wire form that differs by type. */
    public static Map<String, Object> data(PropertyEvent event) {
        return switch (event) {
            case BookingCreated(var b) -> fields("booking", booking(b));
            case BookingModified(var b) -> fields("booking", booking(b));
            case BookingCancelled(var b) -> fields("booking", booking(b));
            case BookingCheckedIn(var b) -> fields("booking", booking(b));
            case BookingCheckedOut(var b) -> fields("booking", booking(b));
            case BookingNoShow(var b) -> fields("booking", booking(b));
            case ChargePosted(var l) -> fields("line", line(l));
            case ChargeVoided(var l) -> fields("line", line(l));
            case PaymentPosted(var l) -> fields("line", line(l));
            case PaymentRefunded(var l) -> fields("line", line(l));
            case MasterDataChanged m ->
                fields(
                        "kind",
                        m.kind(),
                        "code",
                        m.code(),
                        "description",
                        m.description(),
                        "defaultPrice",
                        m.defaultPrice(),
                        "card",
                        m.card(),
                        "maxOccupancy",
                        m.maxOccupancy(),
                        "roomType",
                        m.roomType(),
                        "active",
                        m.active(),
                        "deleted",
                        m.deleted());
            case RoomStatusChanged r ->
                fields(
                        "room",
                        r.room(),
                        "roomType",
                        r.roomType(),
                        "housekeeping",
                        r.housekeeping(),
                        "outOfOrder",
                        r.outOfOrder());
            case BusinessDateRolled d -> fields("closedDate", d.closedDate(), "businessDate", d.businessDate());
            case LetterTemplateChanged t -> letterTemplate(t);
        };
    }

    public static DecodeResult decode(String json) {
        JsonObject o;
        try {
            o = JsonObject.parse(json);
        } catch (JsonException e) {
            return new DecodeResult.Malformed(-1, "not JSON: " + e.getMessage(), json);
        }
        return decode(o, () -> json);
    }

    /**
     * Reads an entry already parsed as part of a larger document (a feed page), so it is not parsed again. {@code json}
     * gives its text only for the results that keep it (an entry that cannot be applied is stored as text).
     */
    public static DecodeResult decode(Map<String, Object> parsed, Supplier<String> json) {
        return decode(new JsonObject(parsed), json);
    }

    private static DecodeResult decode(JsonObject o, Supplier<String> text) {
        long sequence = -1;
        try {
            sequence = o.requiredLong("sequence");
            String type = o.requiredString("type");
            int version = o.requiredInt("schemaVersion");
            if (!TYPES.contains(type)) {
                return new DecodeResult.UnknownType(sequence, type, text.get());
            }
            if (version > SCHEMA_VERSION) {
                return new DecodeResult.NewerSchema(sequence, type, version, text.get());
            }
            PropertyEvent event = event(type, o.requiredObject("data"));
            return new DecodeResult.Decoded(new EventEnvelope(
                    o.requiredString("property"),
                    sequence,
                    o.requiredUuid("eventId"),
                    o.requiredInstant("occurredAt"),
                    o.requiredDate("businessDate"),
                    o.requiredString("actor"),
                    version,
                    event));
        } catch (JsonException e) {
            return new DecodeResult.Malformed(sequence, e.getMessage(), text.get());
        }
    }

    private static PropertyEvent event(String type, JsonObject d) {
        Function<JsonObject, BookingState> booking = data -> booking(data.requiredObject("booking"));
        Function<JsonObject, FolioLineState> line = data -> line(data.requiredObject("line"));
        return switch (type) {
            case BookingCreated.TYPE -> new BookingCreated(booking.apply(d));
            case BookingModified.TYPE -> new BookingModified(booking.apply(d));
            case BookingCancelled.TYPE -> new BookingCancelled(booking.apply(d));
            case BookingCheckedIn.TYPE -> new BookingCheckedIn(booking.apply(d));
            case BookingCheckedOut.TYPE -> new BookingCheckedOut(booking.apply(d));
            case BookingNoShow.TYPE -> new BookingNoShow(booking.apply(d));
            case ChargePosted.TYPE -> new ChargePosted(line.apply(d));
            case ChargeVoided.TYPE -> new ChargeVoided(line.apply(d));
            case PaymentPosted.TYPE -> new PaymentPosted(line.apply(d));
            case PaymentRefunded.TYPE -> new PaymentRefunded(line.apply(d));
            case MasterDataChanged.TYPE ->
                new MasterDataChanged(
                        d.requiredString("kind"),
                        d.requiredString("code"),
                        d.string("description"),
                        d.decimal("defaultPrice"),
                        d.bool("card"),
                        d.integer("maxOccupancy"),
                        d.string("roomType"),
                        d.bool("active", true),
                        d.bool("deleted", false));
            case RoomStatusChanged.TYPE ->
                new RoomStatusChanged(
                        d.requiredString("room"),
                        d.string("roomType"),
                        d.requiredString("housekeeping"),
                        d.bool("outOfOrder", false));
            case BusinessDateRolled.TYPE ->
                new BusinessDateRolled(d.requiredDate("closedDate"), d.requiredDate("businessDate"));
            case LetterTemplateChanged.TYPE -> letterTemplate(d);
            default -> throw new JsonException("unknown type " + type, 0);
        };
    }

    /** The wire form of a whole booking, shared with the snapshot. */
    public static Map<String, Object> booking(BookingState b) {
        GuestState g = b.guest();
        Map<String, Object> m = fields(
                "confirmation",
                b.confirmation(),
                "status",
                b.status(),
                "guest",
                fields(
                        "id",
                        g.id(),
                        "firstName",
                        g.firstName(),
                        "lastName",
                        g.lastName(),
                        "email",
                        g.email(),
                        "phone",
                        g.phone()));
        Stay.write(b, (name, value) -> m.putAll(fields(name, value)));
        return m;
    }

    public static BookingState booking(JsonObject o) {
        JsonObject g = o.requiredObject("guest");
        return new BookingState(
                o.requiredString("confirmation"),
                o.requiredString("status"),
                new GuestState(
                        g.requiredLong("id"),
                        g.requiredString("firstName"),
                        g.requiredString("lastName"),
                        g.string("email"),
                        g.string("phone")),
                o.requiredString("source"),
                o.requiredString("roomType"),
                o.string("room"),
                o.requiredDate("arrival"),
                o.requiredDate("departure"),
                o.requiredInt("adults"),
                o.requiredInt("children"),
                o.requiredDecimal("rate"),
                o.string("cancelReason"),
                o.string("notes"));
    }

    /** The wire form of a folio line, shared with the snapshot. */
    public static Map<String, Object> line(FolioLineState l) {
        return fields(
                "lineId",
                l.lineId(),
                "confirmation",
                l.confirmation(),
                "kind",
                l.kind(),
                "code",
                l.code(),
                "description",
                l.description(),
                "quantity",
                l.quantity(),
                "unitPrice",
                l.unitPrice(),
                "amount",
                l.amount(),
                "businessDate",
                l.businessDate(),
                "cardLast4",
                l.cardLast4(),
                "reversesLineId",
                l.reversesLineId());
    }

    public static FolioLineState line(JsonObject o) {
        return new FolioLineState(
                o.requiredLong("lineId"),
                o.requiredString("confirmation"),
                o.requiredString("kind"),
                o.requiredString("code"),
                o.string("description"),
                o.requiredDecimal("quantity"),
                o.requiredDecimal("unitPrice"),
                o.requiredDecimal("amount"),
                o.requiredDate("businessDate"),
                o.string("cardLast4"),
                o.longValue("reversesLineId"));
    }

    /** The wire form of a letter template, shared with the snapshot. */
    public static Map<String, Object> letterTemplate(LetterTemplateChanged t) {
        return fields("name", t.name(), "title", t.title(), "body", t.body(), "removed", t.removed());
    }

    /** A template's title and body are required unless it is removed. */
    public static LetterTemplateChanged letterTemplate(JsonObject o) {
        boolean removed = o.bool("removed", false);
        return new LetterTemplateChanged(
                o.requiredString("name"),
                removed ? o.string("title") : o.requiredString("title"),
                removed ? o.string("body") : o.requiredString("body"),
                removed);
    }
}

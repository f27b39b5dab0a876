package app.innkeep.model.reentry;

import static app.innkeep.model.json.JsonObject.fields;

import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of re-entry, standby to cloud and back: the standby writes requests and reads answers, the cloud
 * writes answers (it reads requests with its own input rules, which accept exactly this form). Requests leave out
 * empty fields; answers write every field, null included, so a reader sees one fixed shape. Reading is tolerant:
 * fields a reader does not know are ignored; a missing required field or a wrong type is a {@link JsonException}.
 */
public final class ReentryCodec {

    private ReentryCodec() {}

    // ---- one entry: request ----

    public static String encode(ReentryRequest r) {
        return Json.write(body(r));
    }

    /** The request as the JSON writer's map, for a client that writes the body itself. */
    public static Map<String, Object> body(ReentryRequest r) {
        return fields(
                "action", r.action().name(),
                "bookingRef", r.bookingRef(),
                "originalAt", r.originalAt(),
                "businessDate", r.businessDate(),
                "enteredBy", r.enteredBy(),
                "booking", r.booking() == null ? null : booking(r.booking()),
                "line", r.line() == null ? null : line(r.line()),
                "room", r.room() == null ? null : room(r.room()));
    }

    public static ReentryRequest decodeRequest(String json) {
        return request(JsonObject.parse(json));
    }

    public static ReentryRequest request(JsonObject o) {
        JsonObject b = o.object("booking");
        JsonObject l = o.object("line");
        JsonObject r = o.object("room");
        return new ReentryRequest(
                action(o, "action"),
                o.string("bookingRef"),
                o.requiredInstant("originalAt"),
                o.requiredDate("businessDate"),
                o.requiredString("enteredBy"),
                b == null ? null : booking(b),
                l == null ? null : line(l),
                r == null ? null : room(r));
    }

    private static Map<String, Object> booking(ReentryRequest.Booking b) {
        return fields(
                "firstName", b.firstName(),
                "lastName", b.lastName(),
                "email", b.email(),
                "phone", b.phone(),
                "source", b.source(),
                "roomType", b.roomType(),
                "room", b.room(),
                "arrival", b.arrival(),
                "departure", b.departure(),
                "adults", b.adults(),
                "children", b.children(),
                "rate", b.rate(),
                "notes", b.notes(),
                "cancelReason", b.cancelReason());
    }

    private static ReentryRequest.Booking booking(JsonObject b) {
        return new ReentryRequest.Booking(
                b.string("firstName"),
                b.string("lastName"),
                b.string("email"),
                b.string("phone"),
                b.string("source"),
                b.string("roomType"),
                b.string("room"),
                b.date("arrival"),
                b.date("departure"),
                b.integer("adults"),
                b.integer("children"),
                b.decimal("rate"),
                b.string("notes"),
                b.string("cancelReason"));
    }

    private static Map<String, Object> line(ReentryRequest.Line l) {
        return fields(
                "item", l.item(),
                "quantity", l.quantity(),
                "unitPrice", l.unitPrice(),
                "receiptType", l.receiptType(),
                "amount", l.amount(),
                "cardLast4", l.cardLast4(),
                "reversesLineId", l.reversesLineId(),
                "description", l.description(),
                "reason", l.reason());
    }

    private static ReentryRequest.Line line(JsonObject l) {
        return new ReentryRequest.Line(
                l.string("item"),
                l.decimal("quantity"),
                l.decimal("unitPrice"),
                l.string("receiptType"),
                l.decimal("amount"),
                l.string("cardLast4"),
                l.longValue("reversesLineId"),
                l.string("description"),
                l.string("reason"));
    }

    private static Map<String, Object> room(ReentryRequest.Room r) {
        return fields("number", r.number(), "housekeeping", r.housekeeping(), "outOfOrder", r.outOfOrder());
    }

    private static ReentryRequest.Room room(JsonObject r) {
        return new ReentryRequest.Room(r.string("number"), r.string("housekeeping"), r.bool("outOfOrder"));
    }

    // ---- one entry: answer ----

    public static String encode(ReentryAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entryId", a.entryId());
        m.put("action", a.action().name());
        m.put("bookingRef", a.bookingRef());
        m.put("cloudConfirmation", a.cloudConfirmation());
        m.put("lineId", a.lineId());
        m.put("amount", a.amount());
        m.put("replayed", a.replayed());
        m.put("recordedAt", a.recordedAt() == null ? null : a.recordedAt().toString());
        return Json.write(m);
    }

    public static ReentryAnswer decodeAnswer(String json) {
        return answer(JsonObject.parse(json));
    }

    public static ReentryAnswer answer(JsonObject o) {
        return new ReentryAnswer(
                o.requiredString("entryId"),
                action(o, "action"),
                o.string("bookingRef"),
                o.string("cloudConfirmation"),
                o.longValue("lineId"),
                o.decimal("amount"),
                o.bool("replayed", false),
                o.instant("recordedAt"));
    }

    // ---- the closing check ----

    public static String encode(ClosingCheckRequest r) {
        return Json.write(body(r));
    }

    public static Map<String, Object> body(ClosingCheckRequest r) {
        return fields(
                "schemaVersion",
                ClosingCheckRequest.SCHEMA_VERSION,
                "entryIds",
                r.entryIds(),
                "bookings",
                r.bookings(),
                "nights",
                nights(r.nights()));
    }

    /** Reads any version: a version-1 question (no {@code schemaVersion}, no {@code nights}) asks for no nights. */
    public static ClosingCheckRequest decodeClosingCheck(String json) {
        JsonObject o = JsonObject.parse(json);
        return new ClosingCheckRequest(o.strings("entryIds"), o.strings("bookings"), nights(o));
    }

    private static List<Map<String, Object>> nights(List<NightRent> nights) {
        return nights.stream()
                .map(n -> fields("night", n.night(), "rentCount", n.rentCount(), "rentTotal", n.rentTotal()))
                .toList();
    }

    private static List<NightRent> nights(JsonObject o) {
        return o.objects("nights").stream()
                .map(n -> new NightRent(
                        n.requiredDate("night"), n.requiredInt("rentCount"), n.requiredDecimal("rentTotal")))
                .toList();
    }

    public static String encode(ClosingCheckAnswer a) {
        List<Map<String, Object>> entries = a.entries().stream()
                .map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("entryId", e.entryId());
                    m.put("found", e.found());
                    m.put("action", e.action() == null ? null : e.action().name());
                    m.put("bookingRef", e.bookingRef());
                    m.put("cloudConfirmation", e.cloudConfirmation());
                    m.put("lineId", e.lineId());
                    m.put("amount", e.amount());
                    return m;
                })
                .toList();
        List<Map<String, Object>> balances = a.balances().stream()
                .map(b -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("bookingRef", b.bookingRef());
                    m.put("cloudConfirmation", b.cloudConfirmation());
                    m.put("balance", b.balance());
                    return m;
                })
                .toList();
        return Json.write(fields(
                "schemaVersion",
                ClosingCheckRequest.SCHEMA_VERSION,
                "entries",
                entries,
                "balances",
                balances,
                "nights",
                nights(a.nights())));
    }

    public static ClosingCheckAnswer decodeClosingCheckAnswer(String json) {
        return closingCheckAnswer(JsonObject.parse(json));
    }

    public static ClosingCheckAnswer closingCheckAnswer(JsonObject o) {
        return new ClosingCheckAnswer(
                o.objects("entries").stream()
                        .map(e -> new ClosingCheckAnswer.Entry(
                                e.requiredString("entryId"),
                                e.bool("found", false),
                                e.has("action") ? action(e, "action") : null,
                                e.string("bookingRef"),
                                e.string("cloudConfirmation"),
                                e.longValue("lineId"),
                                e.decimal("amount")))
                        .toList(),
                o.objects("balances").stream()
                        .map(b -> new ClosingCheckAnswer.Balance(
                                b.string("bookingRef"), b.string("cloudConfirmation"), b.decimal("balance")))
                        .toList(),
                nights(o));
    }

    private static ReentryAction action(JsonObject o, String field) {
        String name = o.requiredString(field);
        try {
            return ReentryAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new JsonException(
                    "field '" + field + "' must be one of " + Arrays.toString(ReentryAction.values()), 0);
        }
    }
}

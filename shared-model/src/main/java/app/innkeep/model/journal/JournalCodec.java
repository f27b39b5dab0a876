package app.innkeep.model.journal;

import app.innkeep.model.Stay;
import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.model.journal.JournalChange.RoomStatus;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.model.journal.JournalChange.WalkIn;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outage journal's before/after text, the one writer and the one reader of it. Each state is a JSON object that
 * starts with {@code schemaVersion}; states written before that field existed (version 1, otherwise the same) read as
 * version 1. Every field is written, null included. Reading is tolerant: fields it does not know are ignored, and an
 * unknown action, a newer schema version or a broken state is reported as a {@link JournalDecodeResult}.
 */
public final class JournalCodec {

    /** The schema version this code writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    public static final Set<String> ACTIONS = Set.of(
            OutageStarted.ACTION,
            OutageEnded.ACTION,
            WalkIn.ACTION,
            Reserve.ACTION,
            CheckIn.ACTION,
            CheckOut.ACTION,
            Modify.ACTION,
            Cancel.ACTION,
            Charge.ACTION,
            VoidCharge.ACTION,
            Payment.ACTION,
            Refund.ACTION,
            RoomStatus.ACTION,
            Rent.ACTION,
            DayClosed.ACTION);

    /** The journal columns of one change: ACTION, BEFORE_STATE and AFTER_STATE (either state may be null). */
    public record Text(String action, String before, String after) {}

    private JournalCodec() {}

    public static Text encode(JournalChange change) {
        return switch (change) {
            case OutageStarted s -> text(s, null, state("reason", s.reason(), "dataAsOf", s.dataAsOf()));
            case OutageEnded e -> text(e, null, e.note() == null ? null : state("note", e.note()));
            case WalkIn w -> text(w, null, booking(w.after()));
            case Reserve r -> text(r, null, booking(r.after()));
            case CheckIn c -> text(c, booking(c.before()), booking(c.after()));
            case CheckOut c -> text(c, booking(c.before()), booking(c.after()));
            case Modify m -> text(m, booking(m.before()), booking(m.after()));
            case Cancel c -> text(c, booking(c.before()), booking(c.after()));
            case Charge c -> text(c, null, line(c.line()));
            case VoidCharge v -> text(v, null, line(v.line()));
            case Payment p -> text(p, null, line(p.line()));
            case Refund r -> text(r, null, line(r.line()));
            case RoomStatus r -> text(r, room(r.before()), room(r.after()));
            case Rent r -> text(r, null, line(r.line()));
            case DayClosed d -> text(d, null, dayClosed(d));
        };
    }

    public static JournalDecodeResult decode(String action, String before, String after) {
        if (action == null || !ACTIONS.contains(action)) {
            return new JournalDecodeResult.UnknownAction(action);
        }
        try {
            JsonObject b = parse(before);
            JsonObject a = parse(after);
            int version = Math.max(version(b), version(a));
            if (version > SCHEMA_VERSION) {
                return new JournalDecodeResult.NewerSchema(action, version);
            }
            return new JournalDecodeResult.Decoded(change(action, b, a));
        } catch (JsonException e) {
            return new JournalDecodeResult.Malformed(action, e.getMessage());
        }
    }

    /** Reads a change this code must understand; anything else is a {@link JsonException} saying why. */
    public static JournalChange read(String action, String before, String after) {
        return switch (decode(action, before, after)) {
            case JournalDecodeResult.Decoded(JournalChange change) -> change;
            case JournalDecodeResult.UnknownAction u -> throw new JsonException("unknown journal action " + action, 0);
            case JournalDecodeResult.NewerSchema n ->
                throw new JsonException(
                        action + " was written in schema version " + n.schemaVersion() + "; this standby reads up to "
                                + SCHEMA_VERSION,
                        0);
            case JournalDecodeResult.Malformed m -> throw new JsonException(action + ": " + m.reason(), 0);
        };
    }

    private static JournalChange change(String action, JsonObject before, JsonObject after) {
        return switch (action) {
            case OutageStarted.ACTION ->
                new OutageStarted(required(after, "after").string("reason"), after.instant("dataAsOf"));
            case OutageEnded.ACTION -> new OutageEnded(after == null ? null : after.string("note"));
            case WalkIn.ACTION -> new WalkIn(booking(required(after, "after")));
            case Reserve.ACTION -> new Reserve(booking(required(after, "after")));
            case CheckIn.ACTION -> new CheckIn(booking(required(before, "before")), booking(required(after, "after")));
            case CheckOut.ACTION ->
                new CheckOut(booking(required(before, "before")), booking(required(after, "after")));
            case Modify.ACTION -> new Modify(booking(required(before, "before")), booking(required(after, "after")));
            case Cancel.ACTION -> new Cancel(booking(required(before, "before")), booking(required(after, "after")));
            case Charge.ACTION -> new Charge(line(required(after, "after")));
            case VoidCharge.ACTION -> new VoidCharge(line(required(after, "after")));
            case Payment.ACTION -> new Payment(line(required(after, "after")));
            case Refund.ACTION -> new Refund(line(required(after, "after")));
            case RoomStatus.ACTION -> new RoomStatus(room(required(before, "before")), room(required(after, "after")));
            case Rent.ACTION -> new Rent(line(required(after, "after")));
            case DayClosed.ACTION -> dayClosed(required(after, "after"));
            default -> throw new JsonException("unknown journal action " + action, 0);
        };
    }

    // ---- the states ----

    private static String booking(JournalBooking b) {
        Map<String, Object> m = stateOf(
                "confirmation",
                b.confirmation(),
                "status",
                b.status(),
                "firstName",
                b.firstName(),
                "lastName",
                b.lastName(),
                "email",
                b.email(),
                "phone",
                b.phone());
        Stay.write(b, (name, value) -> put(m, name, value));
        return Json.write(m);
    }

    private static JournalBooking booking(JsonObject o) {
        return new JournalBooking(
                o.requiredString("confirmation"),
                o.requiredString("status"),
                o.string("firstName"),
                o.string("lastName"),
                o.string("email"),
                o.string("phone"),
                new StayTerms(
                        o.string("source"),
                        o.string("roomType"),
                        o.string("room"),
                        o.requiredDate("arrival"),
                        o.requiredDate("departure"),
                        o.requiredInt("adults"),
                        o.requiredInt("children"),
                        o.decimal("rate"),
                        o.string("cancelReason"),
                        o.string("notes")));
    }

    private static String line(JournalLine l) {
        return state(
                "lineId",
                l.lineId(),
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
                "cardLast4",
                l.cardLast4(),
                "reversesLineId",
                l.reversesLineId());
    }

    private static JournalLine line(JsonObject o) {
        return new JournalLine(
                o.requiredLong("lineId"),
                o.requiredString("kind"),
                o.requiredString("code"),
                o.string("description"),
                o.requiredDecimal("quantity"),
                o.requiredDecimal("unitPrice"),
                o.requiredDecimal("amount"),
                o.string("cardLast4"),
                o.longValue("reversesLineId"));
    }

    private static String room(JournalRoom r) {
        return state("housekeeping", r.housekeeping(), "outOfOrder", r.outOfOrder());
    }

    private static JournalRoom room(JsonObject o) {
        return new JournalRoom(o.requiredString("housekeeping"), o.bool("outOfOrder", false));
    }

    private static String dayClosed(DayClosed d) {
        return state(
                "closed",
                d.closed(),
                "next",
                d.next(),
                "rentPosted",
                d.rentPosted(),
                "rentTotal",
                d.rentTotal(),
                "arrivalsNotCheckedIn",
                d.arrivalsNotCheckedIn(),
                "departuresNotCheckedOut",
                d.departuresNotCheckedOut());
    }

    private static DayClosed dayClosed(JsonObject o) {
        return new DayClosed(
                o.requiredDate("closed"),
                o.requiredDate("next"),
                o.requiredInt("rentPosted"),
                o.requiredDecimal("rentTotal"),
                o.strings("arrivalsNotCheckedIn"),
                o.strings("departuresNotCheckedOut"));
    }

    // ---- inside ----

    private static Text text(JournalChange change, String before, String after) {
        return new Text(change.action(), before, after);
    }

    /** A state: the schema version first, then every field in order, null included (one fixed shape per action). */
    private static String state(Object... namesAndValues) {
        return Json.write(stateOf(namesAndValues));
    }

    private static Map<String, Object> stateOf(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            put(m, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static void put(Map<String, Object> state, String name, Object v) {
        state.put(
                name,
                v == null || v instanceof Number || v instanceof Boolean || v instanceof String || v instanceof List<?>
                        ? v
                        : v.toString());
    }

    private static JsonObject parse(String text) {
        return text == null || text.isBlank() ? null : JsonObject.parse(text);
    }

    private static int version(JsonObject state) {
        if (state == null) {
            return 1;
        }
        Integer v = state.integer("schemaVersion");
        return v == null ? 1 : v;
    }

    private static JsonObject required(JsonObject state, String which) {
        if (state == null) {
            throw new JsonException("the " + which + " state is missing", 0);
        }
        return state;
    }
}

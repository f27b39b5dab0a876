package app.innkeep.model.snapshot;

import static app.innkeep.model.json.JsonObject.fields;

import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes and reads snapshot lines (one JSON object per line, tagged by {@code section}). */
public final class SnapshotCodec {

    public static final int FORMAT_VERSION = 1;

    private SnapshotCodec() {}

    public static String encode(SnapshotLine line) {
        Map<String, Object> out = switch (line) {
            case SnapshotLine.Header h ->
                fields(
                        "section",
                        "header",
                        "formatVersion",
                        FORMAT_VERSION,
                        "property",
                        h.property(),
                        "name",
                        h.name(),
                        "timeZone",
                        h.timeZone(),
                        "currency",
                        h.currency(),
                        "businessDate",
                        h.businessDate(),
                        "sequence",
                        h.sequence(),
                        "generatedAt",
                        h.generatedAt(),
                        "historyFrom",
                        h.historyFrom(),
                        "counts",
                        new LinkedHashMap<>(h.counts()),
                        "kept",
                        h.kept() == null ? null : h.kept().toFields());
            case SnapshotLine.MasterData(MasterDataChanged m) -> withSection("masterData", EventCodec.data(m));
            case SnapshotLine.LetterTemplate(var t) -> withSection("letterTemplate", EventCodec.letterTemplate(t));
            case SnapshotLine.Room r ->
                fields(
                        "section",
                        "room",
                        "room",
                        r.room(),
                        "roomType",
                        r.roomType(),
                        "housekeeping",
                        r.housekeeping(),
                        "outOfOrder",
                        r.outOfOrder(),
                        "active",
                        r.active());
            case SnapshotLine.Booking b -> withSection("booking", EventCodec.booking(b.booking()));
            case SnapshotLine.FolioLine l -> withSection("folioLine", EventCodec.line(l.line()));
            case SnapshotLine.End e -> fields("section", "end", "counts", new LinkedHashMap<>(e.counts()));
        };
        return Json.write(out);
    }

    /** Reads one line; a line of an unknown kind or with missing fields is a {@link JsonException}. */
    public static SnapshotLine decode(String text) {
        JsonObject o = JsonObject.parse(text);
        String section = o.requiredString("section");
        return switch (section) {
            case "header" -> {
                int version = o.requiredInt("formatVersion");
                if (version > FORMAT_VERSION) {
                    throw new JsonException(
                            "snapshot format " + version + " is newer than this standby understands (" + FORMAT_VERSION
                                    + "); update the standby",
                            0);
                }
                yield new SnapshotLine.Header(
                        o.requiredString("property"),
                        o.requiredString("name"),
                        o.requiredString("timeZone"),
                        o.requiredString("currency"),
                        o.requiredDate("businessDate"),
                        o.requiredLong("sequence"),
                        o.requiredInstant("generatedAt"),
                        o.requiredDate("historyFrom"),
                        counts(o, true),
                        KeptOnStandby.of(o.object("kept")));
            }
            case "masterData" ->
                new SnapshotLine.MasterData(new MasterDataChanged(
                        o.requiredString("kind"),
                        o.requiredString("code"),
                        o.string("description"),
                        o.decimal("defaultPrice"),
                        o.bool("card"),
                        o.integer("maxOccupancy"),
                        o.string("roomType"),
                        o.bool("active", true),
                        false));
            case "room" ->
                new SnapshotLine.Room(
                        o.requiredString("room"),
                        o.requiredString("roomType"),
                        o.requiredString("housekeeping"),
                        o.bool("outOfOrder", false),
                        o.bool("active", true));
            case "letterTemplate" -> new SnapshotLine.LetterTemplate(EventCodec.letterTemplate(o));
            case "booking" -> new SnapshotLine.Booking(EventCodec.booking(o));
            case "folioLine" -> new SnapshotLine.FolioLine(EventCodec.line(o));
            case "end" -> new SnapshotLine.End(counts(o));
            default -> throw new JsonException("unknown snapshot section " + section, 0);
        };
    }

    private static Map<String, Object> withSection(String section, Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("section", section);
        out.putAll(body);
        return out;
    }

    private static Map<String, Long> counts(JsonObject o) {
        return counts(o, false);
    }

    /**
     * A section left out counts 0, except in a header the two large ones: a cloud asked for their counts at the end
     * line leaves them out of the header, where they are not known yet, not none.
     */
    private static Map<String, Long> counts(JsonObject o, boolean header) {
        JsonObject c = o.requiredObject("counts");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : new String[] {"masterData", "rooms", "letterTemplates", "bookings", "folioLines"}) {
            Long value = c.longValue(key);
            if (value != null || !header || !SnapshotLine.Header.COUNTED_AT_END.contains(key)) {
                counts.put(key, value == null ? 0L : value);
            }
        }
        return counts;
    }
}

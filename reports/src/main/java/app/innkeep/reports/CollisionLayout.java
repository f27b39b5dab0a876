package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.byTime;
import static app.innkeep.reports.PrintedValues.dateTime;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.plural;
import static app.innkeep.reports.PrintedValues.readableCode;
import static app.innkeep.reports.PrintedValues.text;

import app.innkeep.reports.Csv.Column;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Records changed on both sides during an outage, open or resolved, as PDF and as CSV. */
final class CollisionLayout {

    private final CompiledTemplate template = new CompiledTemplate("collisions.jrxml");

    static final String NO_COLLISIONS = "No collisions: nothing was changed on both sides.";

    private static final List<Column> COLLISION_COLUMNS = List.of(
            new Column("noted", "Noted at"),
            new Column("kind", "Kind"),
            new Column("booking", "Booking"),
            new Column("other", "Other booking"),
            new Column("room", "Room"),
            new Column("state", "State"),
            new Column("detail", "Detail"));

    /** Every record changed on both sides, sorted by the time the standby noted it (ties keep their order). */
    byte[] pdf(CollisionReport r) {
        List<Map<String, ?>> rows = collisionRows(r);
        Map<String, Object> p = header(r.header());
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NO_COLLISIONS);
        long open = r.lines().stream().filter(CollisionLine::open).count();
        p.put("COUNT_TEXT", plural(rows.size(), "collision", "collisions") + " (" + open + " open), by time noted");
        return template.pdf(p, new JRMapCollectionDataSource(rows));
    }

    byte[] csv(CollisionReport r) {
        return Csv.csv(COLLISION_COLUMNS, collisionRows(r));
    }

    private static List<Map<String, ?>> collisionRows(CollisionReport r) {
        ZoneId zone = r.header().zone();
        return byTime(r.lines(), CollisionLine::notedAt).stream()
                .<Map<String, ?>>map(l -> Map.of(
                        "noted", dateTime(l.notedAt(), zone),
                        "kind", collisionKind(l.kind()),
                        "booking", text(l.bookingRef()),
                        "other", text(l.otherRef()),
                        "room", text(l.room()),
                        "state", state(l, zone),
                        "detail", text(l.detail())))
                .toList();
    }

    /** Open, or when and by whom it was resolved (by choosing, or by signing the outage off). */
    private static String state(CollisionLine l, ZoneId zone) {
        return l.open()
                ? "Open"
                : "Resolved " + dateTime(l.resolvedAt(), zone)
                        + (l.resolvedBy() == null ? "" : " by " + l.resolvedBy());
    }

    static String collisionKind(String kind) {
        return switch (text(kind)) {
            case "BOOKING_CHANGED_IN_CLOUD" -> "Booking changed in the cloud";
            case "FOLIO_CHANGED_IN_CLOUD" -> "Folio changed in the cloud";
            case "ROOM_DOUBLE_BOOKED" -> "Room double-booked";
            default -> readableCode(kind);
        };
    }
}

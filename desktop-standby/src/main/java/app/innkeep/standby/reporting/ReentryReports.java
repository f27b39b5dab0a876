package app.innkeep.standby.reporting;

import app.innkeep.model.json.Json;
import app.innkeep.reports.BookingEntry;
import app.innkeep.reports.MoneyEntry;
import app.innkeep.reports.MoneyReport;
import app.innkeep.reports.ReportHeader;
import app.innkeep.reports.RoomBookingsReport;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import app.innkeep.standby.outage.Outages;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The re-entry reports' lines, read from the outage journal: what the night auditor re-enters in the cloud, in the
 * order it was done on the standby. In the caller's transaction.
 */
@Singleton
public class ReentryReports {

    /** Journal actions and how the Room bookings report names them. */
    private static final Map<String, String> BOOKING_ACTIONS = Map.of(
            "WALK_IN", "NEW",
            "MODIFY", "MODIFIED",
            "CANCEL", "CANCELLED",
            "CHECK_IN", "CHECKED_IN",
            "CHECK_OUT", "CHECKED_OUT");

    /** The fields whose change the auditor must re-enter, in the order the report lists them. */
    private static final List<String> CHANGED_FIELDS =
            List.of("arrival", "departure", "roomType", "room", "rate", "adults", "children", "status");

    private final OutageJournal journal;
    private final Outages outages;
    private final DeskQueries desk;

    public ReentryReports(OutageJournal journal, Outages outages, DeskQueries desk) {
        this.journal = journal;
        this.outages = outages;
        this.desk = desk;
    }

    /**
     * The window from the journal: the first to the last entry of the open outage, or of the last one; empty when
     * there has been no outage.
     */
    public Optional<ReportWindow> detectedWindow(Instant now) {
        return outages.open().or(() -> outages.recent().stream().findFirst()).map(o -> {
            List<JournalEntry> entries = journal.entries(o.id());
            Instant from =
                    entries.isEmpty() ? o.startedAt() : entries.getFirst().enteredAt();
            Instant until = o.open()
                    ? now
                    : entries.isEmpty() ? o.endedAt() : entries.getLast().enteredAt();
            return new ReportWindow(from, until, true);
        });
    }

    public RoomBookingsReport roomBookings(ReportHeader header, String currency, ReportWindow window) {
        List<BookingEntry> lines = new ArrayList<>();
        for (JournalEntry e : journal.between(window.from(), window.until())) {
            String action = BOOKING_ACTIONS.get(e.action());
            if (action == null) {
                continue;
            }
            Map<?, ?> after = json(e.after());
            Map<?, ?> before = json(e.before());
            lines.add(new BookingEntry(
                    e.enteredAt(),
                    e.username(),
                    e.businessDate(),
                    action,
                    e.bookingRef(),
                    guestName(after),
                    text(after.get("room")),
                    date(after.get("arrival")),
                    date(after.get("departure")),
                    decimal(after.get("rate")),
                    text(after.get("source")),
                    change(e.action(), before, after)));
        }
        return new RoomBookingsReport(header, currency, lines);
    }

    /** Payments and refunds by receipt type. */
    public MoneyReport financials(ReportHeader header, String currency, ReportWindow window) {
        return money(header, currency, "Receipt type", "receipt-type", List.of("PAYMENT", "REFUND"), window);
    }

    /** Charges and voids by inventory item. */
    public MoneyReport items(ReportHeader header, String currency, ReportWindow window) {
        return money(header, currency, "Inventory item", "inventory-item", List.of("CHARGE", "VOID"), window);
    }

    private MoneyReport money(
            ReportHeader header,
            String currency,
            String groupLabel,
            String kind,
            List<String> actions,
            ReportWindow window) {
        Map<String, Optional<DeskBooking>> bookings = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        List<MoneyEntry> lines = new ArrayList<>();
        for (JournalEntry e : journal.between(window.from(), window.until())) {
            if (!actions.contains(e.action())) {
                continue;
            }
            Map<?, ?> line = json(e.after());
            Optional<DeskBooking> booking = bookings.computeIfAbsent(e.bookingRef(), desk::booking);
            String code = text(line.get("code"));
            lines.add(new MoneyEntry(
                    e.enteredAt(),
                    e.username(),
                    e.businessDate(),
                    e.action(),
                    code,
                    descriptions.computeIfAbsent(code, c -> desk.codeDescription(kind, c)),
                    e.bookingRef(),
                    booking.map(DeskBooking::guestName).orElse(""),
                    booking.map(DeskBooking::room).orElse(e.room()),
                    text(line.get("description")),
                    decimal(line.get("quantity")),
                    decimal(line.get("amount")),
                    text(line.get("cardLast4"))));
        }
        return new MoneyReport(header, currency, groupLabel, lines);
    }

    /** What the auditor must change in the cloud, "departure 2026-11-24 → 2026-11-26; room 101 → 102". */
    static String change(String action, Map<?, ?> before, Map<?, ?> after) {
        if (action.equals("CANCEL")) {
            return "reason: " + text(after.get("cancelReason"));
        }
        if (before.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String field : CHANGED_FIELDS) {
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!was.equals(now) && !(field.equals("status") && !action.equals("MODIFY"))) {
                parts.add(field + " " + (was.isEmpty() ? "—" : was) + " → " + (now.isEmpty() ? "—" : now));
            }
        }
        return String.join("; ", parts);
    }

    private static String guestName(Map<?, ?> booking) {
        String last = text(booking.get("lastName"));
        String first = text(booking.get("firstName"));
        return first.isEmpty() ? last : last + ", " + first;
    }

    private static Map<?, ?> json(String text) {
        return text == null || text.isBlank() ? Map.of() : (Map<?, ?>) Json.parse(text);
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}

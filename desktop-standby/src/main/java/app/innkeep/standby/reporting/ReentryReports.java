package app.innkeep.standby.reporting;

import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange.BookingChange;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.LineChange;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.model.journal.JournalChange.WalkIn;
import app.innkeep.model.journal.JournalLine;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The re-entry reports' lines, read from the outage journal: what the night auditor re-enters in the cloud, in the
 * order it was done on the standby. In the caller's transaction.
 */
@Singleton
public class ReentryReports {

    /** The fields whose change the auditor must re-enter, in the order the report lists them. */
    private static final Map<String, Function<JournalBooking, Object>> CHANGED_FIELDS = changedFields();

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
            if (!(OutageJournal.change(e) instanceof BookingChange change)) {
                continue;
            }
            JournalBooking after = change.after();
            lines.add(new BookingEntry(
                    e.enteredAt(),
                    e.username(),
                    e.businessDate(),
                    reportAction(change),
                    e.bookingRef(),
                    guestName(after),
                    text(after.room()),
                    after.arrival(),
                    after.departure(),
                    after.rate(),
                    text(after.source()),
                    change(change)));
        }
        return new RoomBookingsReport(header, currency, lines);
    }

    /** Payments and refunds by receipt type. */
    public MoneyReport financials(ReportHeader header, String currency, ReportWindow window) {
        return money(header, currency, "Receipt type", "receipt-type", Set.of(Payment.ACTION, Refund.ACTION), window);
    }

    /** Charges, voids and the night audit's RENT (each dated its night) by inventory item. */
    public MoneyReport items(ReportHeader header, String currency, ReportWindow window) {
        return money(
                header,
                currency,
                "Inventory item",
                "inventory-item",
                Set.of(Charge.ACTION, VoidCharge.ACTION, Rent.ACTION),
                window);
    }

    private MoneyReport money(
            ReportHeader header,
            String currency,
            String groupLabel,
            String kind,
            Set<String> actions,
            ReportWindow window) {
        Map<String, Optional<DeskBooking>> bookings = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        List<MoneyEntry> lines = new ArrayList<>();
        for (JournalEntry e : journal.between(window.from(), window.until())) {
            if (!actions.contains(e.action())) {
                continue;
            }
            if (!(OutageJournal.change(e) instanceof LineChange change)) {
                continue;
            }
            JournalLine line = change.line();
            Optional<DeskBooking> booking = bookings.computeIfAbsent(e.bookingRef(), desk::booking);
            String code = text(line.code());
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
                    text(line.description()),
                    line.quantity(),
                    line.amount(),
                    text(line.cardLast4())));
        }
        return new MoneyReport(header, currency, groupLabel, lines);
    }

    /** How the Room bookings report names a booking action. */
    private static String reportAction(BookingChange change) {
        return switch (change) {
            case WalkIn w -> "NEW";
            case Reserve r -> "NEW";
            case Modify m -> "MODIFIED";
            case Cancel c -> "CANCELLED";
            case CheckIn c -> "CHECKED_IN";
            case CheckOut c -> "CHECKED_OUT";
        };
    }

    /** What the auditor must change in the cloud, "departure 2026-11-24 → 2026-11-26; room 101 → 102". */
    public static String change(BookingChange change) {
        if (change instanceof Cancel cancel) {
            return "reason: " + text(cancel.after().cancelReason());
        }
        if (change.before() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var field : CHANGED_FIELDS.entrySet()) {
            String was = text(field.getValue().apply(change.before()));
            String now = text(field.getValue().apply(change.after()));
            if (!was.equals(now) && !(field.getKey().equals("status") && !(change instanceof Modify))) {
                parts.add(field.getKey() + " " + (was.isEmpty() ? "—" : was) + " → " + (now.isEmpty() ? "—" : now));
            }
        }
        return String.join("; ", parts);
    }

    private static Map<String, Function<JournalBooking, Object>> changedFields() {
        Map<String, Function<JournalBooking, Object>> fields = new LinkedHashMap<>();
        fields.put("arrival", JournalBooking::arrival);
        fields.put("departure", JournalBooking::departure);
        fields.put("roomType", JournalBooking::roomType);
        fields.put("room", JournalBooking::room);
        fields.put("rate", JournalBooking::rate);
        fields.put("adults", JournalBooking::adults);
        fields.put("children", JournalBooking::children);
        fields.put("status", JournalBooking::status);
        return fields;
    }

    private static String guestName(JournalBooking booking) {
        String last = text(booking.lastName());
        String first = text(booking.firstName());
        return first.isEmpty() ? last : last + ", " + first;
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}

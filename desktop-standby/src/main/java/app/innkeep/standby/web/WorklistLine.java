package app.innkeep.standby.web;

import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange;
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
import app.innkeep.model.journal.JournalLine;
import app.innkeep.model.json.JsonException;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import app.innkeep.standby.reporting.ReentryReports;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What one journal entry changed, in the few words that fit the re-entry worklist's single line ("departure 2026-11-24
 * → 2026-11-26", "MINIBAR ×2"): the auditor scans the list and opens an entry's form only when needed.
 */
final class WorklistLine {

    private WorklistLine() {}

    static String of(JournalEntry entry) {
        JournalChange change;
        try {
            change = OutageJournal.change(entry);
        } catch (JsonException unreadable) {
            return "(a newer standby wrote this entry: see the re-entry reports)";
        }
        return switch (change) {
            case OutageStarted s -> "outage mode on: " + text(s.reason());
            case OutageEnded e -> "outage mode off" + (e.note() == null ? "" : ": " + e.note());
            case WalkIn w -> newBooking(w.after());
            case Reserve r -> newBooking(r.after());
            case CheckIn c -> "checked in to room " + text(c.after().room()) + more(ReentryReports.change(c));
            case CheckOut c -> "checked out of room " + text(c.before().room()) + more(ReentryReports.change(c));
            case Modify m -> ReentryReports.change(m);
            case Cancel c -> "cancelled, " + ReentryReports.change(c);
            case Charge c -> line(c.line());
            case VoidCharge v -> "void of " + line(v.line());
            case Payment p -> line(p.line());
            case Refund r -> "refund " + line(r.line());
            case Rent r -> line(r.line());
            case RoomStatus s ->
                "housekeeping " + lower(s.before().housekeeping()) + " → "
                        + lower(s.after().housekeeping())
                        + (s.before().outOfOrder() == s.after().outOfOrder()
                                ? ""
                                : s.after().outOfOrder() ? ", out of order" : ", back in order");
            case DayClosed d -> "closed " + d.closed() + " → " + d.next() + ", " + d.rentPosted() + " nights of RENT";
        };
    }

    private static String newBooking(JournalBooking b) {
        return (text(b.lastName()) + ", " + text(b.firstName())) + " · room " + text(b.room()) + " · " + b.arrival()
                + " → " + b.departure() + " · " + money(b.rate()) + "/night";
    }

    private static String line(JournalLine l) {
        String quantity = l.quantity() == null || l.quantity().compareTo(BigDecimal.ONE) == 0
                ? ""
                : " ×" + l.quantity().stripTrailingZeros().toPlainString();
        return text(l.code())
                + quantity
                + (l.description() == null || l.description().isBlank() ? "" : " " + l.description());
    }

    private static String more(String change) {
        return change.isEmpty() ? "" : "; " + change;
    }

    private static String money(BigDecimal amount) {
        return amount == null
                ? ""
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

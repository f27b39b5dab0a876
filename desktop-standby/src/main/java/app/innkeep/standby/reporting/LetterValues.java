package app.innkeep.standby.reporting;

import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.outage.FrontDesk;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a letter's placeholders for one booking, as the desk sees it. A value the booking lacks is left out,
 * so its placeholder prints as written.
 */
final class LetterValues {

    private LetterValues() {}

    static Map<String, String> of(FrontDesk.BookingFile file, FrontDesk.Situation s, String clerk) {
        DeskBooking b = file.booking();
        Map<String, String> values = new HashMap<>();
        values.put("firstName", b.firstName());
        values.put("lastName", b.lastName());
        values.put("guestName", b.firstName() + " " + b.lastName());
        values.put("confirmation", b.confirmation());
        values.put("arrival", b.arrival().toString());
        values.put("departure", b.departure().toString());
        values.put("nights", String.valueOf(b.nights()));
        values.put("room", b.room() == null ? "" : b.room());
        values.put("roomType", b.roomType());
        values.put("rate", money(b.rate()));
        values.put("currency", s.currency());
        values.put("adults", String.valueOf(b.adults()));
        values.put("children", String.valueOf(b.children()));
        values.put("source", b.source());
        values.put("status", b.status().name());
        values.put("cancelReason", b.cancelReason());
        BigDecimal charges = BigDecimal.ZERO;
        BigDecimal payments = BigDecimal.ZERO;
        for (FolioEntry line : file.folio()) {
            if (line.kind() == LineKind.PAYMENT) {
                payments = payments.add(line.amount());
            } else {
                charges = charges.add(line.amount());
            }
        }
        values.put("charges", money(charges));
        values.put("payments", money(payments));
        values.put("balance", money(file.balance() == null ? charges.subtract(payments) : file.balance()));
        values.put("propertyName", s.propertyName() == null ? "" : s.propertyName());
        values.put("today", s.businessDate() == null ? "" : s.businessDate().toString());
        values.put("clerk", clerk);
        return values;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.FreeText.Limits;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.Violations;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Posts a charge of an inventory item (RENT, MINIBAR…) to a booking's folio, at the item's price unless given one. */
@Singleton
public class PostingCharge {

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;

    public PostingCharge(DeskAction action, DeskChecks checks, DeskRecords records) {
        this.action = action;
        this.checks = checks;
        this.records = records;
    }

    public Done post(
            DeskUser user,
            String entryId,
            String confirmation,
            String item,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String description) {
        return action.inOutage(user, entryId, entry -> {
            DeskBooking booking = checks.postable(confirmation);
            // Every fault of the form at once, under the shared rules.
            Violations faults = new Violations();
            String text =
                    DeskInput.gather(faults, () -> DeskInput.optional("description", description, Limits.DESCRIPTION));
            Code code = null;
            if (DeskInput.blankToNull(item) == null) {
                faults.add("item", "choose an inventory item");
            } else {
                code = checks.active("inventory-item", item.strip()).orElse(null);
                if (code == null) {
                    faults.add("item", "inventory item " + item.strip() + " is not active here");
                }
            }
            faults.add("quantity", BookingRules.quantity(quantity));
            BigDecimal price = unitPrice != null ? unitPrice : code == null ? null : code.defaultPrice();
            if (price == null && code != null) {
                faults.add("unitPrice", code.code() + " has no default price: enter one");
            }
            if (price != null) {
                faults.add("unitPrice", BookingRules.amount(price, true));
            }
            Invalid.refuse(faults);
            BigDecimal qty = quantity == null ? BigDecimal.ONE : quantity;
            price = price.setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal total = qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
            faults.add("quantity", BookingRules.lineTotal(total));
            faults.add("unitPrice", BookingRules.lineTotal(total));
            Invalid.refuse(faults);
            records.folioLine(
                    entry,
                    Charge::new,
                    booking,
                    new NewLine(
                            new Posting(
                                    LineKind.CHARGE,
                                    code.code(),
                                    text == null ? code.description() : text,
                                    qty,
                                    price,
                                    total,
                                    entry.businessDate(),
                                    null),
                            null));
            return "Posted " + code.code() + " " + DeskInput.money(total) + " to " + booking.confirmation() + ".";
        });
    }
}

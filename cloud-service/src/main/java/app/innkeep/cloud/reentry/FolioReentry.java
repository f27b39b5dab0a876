package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.reentry.EntryFields.required;
import static app.innkeep.cloud.reentry.EntryFields.under;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.FolioRequests.RefundRequest;
import app.innkeep.cloud.folio.FolioRequests.VoidRequest;
import app.innkeep.cloud.folio.Origin;
import app.innkeep.cloud.folio.PostingCharge;
import app.innkeep.cloud.folio.PostingRent;
import app.innkeep.cloud.folio.RefundingPayment;
import app.innkeep.cloud.folio.TakingPayment;
import app.innkeep.cloud.folio.VoidingCharge;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryRequests.EntryLine;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText;
import app.innkeep.model.reentry.ReentryAction;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The standby's folio lines re-entered through the desk's own use cases, each line marked with the entry it came
 * from and when it was done on the standby.
 */
@Singleton
public class FolioReentry {

    private final BookingReentry bookings;
    private final PostingCharge charges;
    private final VoidingCharge voids;
    private final TakingPayment payments;
    private final RefundingPayment refunds;
    private final PostingRent rent;

    public FolioReentry(
            BookingReentry bookings,
            PostingCharge charges,
            VoidingCharge voids,
            TakingPayment payments,
            RefundingPayment refunds,
            PostingRent rent) {
        this.rent = rent;
        this.bookings = bookings;
        this.charges = charges;
        this.voids = voids;
        this.payments = payments;
        this.refunds = refunds;
    }

    ReentryEffect charge(PropertyRow asOf, String actor, String ref, EntryLine l, Origin origin) {
        var request = new PostChargeRequest(
                required(l.item(), "line.item", ReentryAction.CHARGE),
                required(l.quantity(), "line.quantity", ReentryAction.CHARGE),
                required(l.unitPrice(), "line.unitPrice", ReentryAction.CHARGE),
                asOf.businessDate(),
                l.description());
        BookingRow booking = bookings.resolve(asOf, ref);
        return new ReentryEffect(
                booking.confirmation(), under("line", () -> charges.postCharge(actor, asOf, booking, request, origin)));
    }

    /**
     * One night of RENT the standby's night audit posted, dated that night (the entry's business date): posted once
     * per booking and night, so a night the cloud's own audit or an earlier entry already charged answers with that
     * line. A stay the cloud cancelled (or marked no-show) meanwhile is refused for the auditor to settle by hand.
     */
    ReentryEffect rent(PropertyRow asOf, String actor, String ref, EntryLine l, Origin origin) {
        String item = required(l.item(), "line.item", ReentryAction.RENT);
        if (!"RENT".equals(item)) {
            throw Problem.invalid("line.item", "must be RENT for a RENT entry, not " + item);
        }
        if (required(l.quantity(), "line.quantity", ReentryAction.RENT).compareTo(BigDecimal.ONE) != 0) {
            throw Problem.invalid("line.quantity", "must be 1: a RENT entry is one night");
        }
        BigDecimal rate = required(l.unitPrice(), "line.unitPrice", ReentryAction.RENT);
        if (rate.signum() <= 0) {
            throw Problem.invalid("line.unitPrice", "must be more than 0: the night's rate");
        }
        Problem.refuse("line.description", FreeText.cardNumber(l.description()));
        BookingRow booking = bookings.resolve(asOf, ref);
        LocalDate night = asOf.businessDate();
        if (booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.NO_SHOW) {
            throw Problem.conflict(
                    "stay-not-in-cloud",
                    "bookingRef",
                    "booking " + booking.confirmation() + " is " + booking.status()
                            + " in the cloud (changed there while the desk was cut off), so the standby's RENT of "
                            + night + " is not posted: skip the entry with a reason, or reinstate the stay at the desk"
                            + " and post it again");
        }
        return new ReentryEffect(
                booking.confirmation(), rent.reenter(asOf, booking, night, rate, l.description(), actor, origin));
    }

    ReentryEffect payment(PropertyRow asOf, String actor, String ref, EntryLine l, Origin origin) {
        var request = new PostPaymentRequest(
                required(l.receiptType(), "line.receiptType", ReentryAction.PAYMENT),
                required(l.amount(), "line.amount", ReentryAction.PAYMENT),
                l.cardLast4(),
                null,
                l.cardNumber(),
                l.cvv(),
                asOf.businessDate(),
                l.description(),
                null);
        BookingRow booking = bookings.resolve(asOf, ref);
        MasterCodeRow receiptType = under("line", () -> payments.validatePayment(asOf, request));
        return new ReentryEffect(
                booking.confirmation(), payments.postPayment(actor, asOf, booking, receiptType, request, origin));
    }

    ReentryEffect voidCharge(PropertyRow asOf, String actor, String ref, EntryLine body, Origin origin) {
        long lineId = required(body.reversesLineId(), "line.reversesLineId", ReentryAction.VOID);
        BookingRow b = bookings.resolve(asOf, ref);
        return new ReentryEffect(
                b.confirmation(),
                under("line", () -> voids.voidCharge(actor, asOf, b, lineId, new VoidRequest(body.reason()), origin)));
    }

    ReentryEffect refund(PropertyRow asOf, String actor, String ref, EntryLine body, Origin origin) {
        long lineId = required(body.reversesLineId(), "line.reversesLineId", ReentryAction.REFUND);
        BigDecimal amount = required(body.amount(), "line.amount", ReentryAction.REFUND);
        BookingRow b = bookings.resolve(asOf, ref);
        return new ReentryEffect(
                b.confirmation(),
                under(
                        "line",
                        () -> refunds.refund(
                                actor, asOf, b, lineId, new RefundRequest(amount, body.reason()), origin)));
    }
}

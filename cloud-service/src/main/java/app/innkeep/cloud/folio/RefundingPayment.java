package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.folio.FolioPostings.Draft;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.RefundRequest;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.FreeText;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.PropertyEvent.PaymentRefunded;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/** Refunding a payment, in whole or in part, to the card or receipt type it came by. */
@Singleton
public class RefundingPayment {

    private final PropertyAccess access;
    private final BookingViews bookings;
    private final FolioPostings postings;

    public RefundingPayment(PropertyAccess access, BookingViews bookings, FolioPostings postings) {
        this.access = access;
        this.bookings = bookings;
        this.postings = postings;
    }

    @Transactional
    public FolioLineResponse refund(
            Caller caller, String propertyCode, String confirmation, long lineId, RefundRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow booking = bookings.existing(property, confirmation);
        return refund(caller.username(), property, booking, lineId, request, Origin.CLOUD);
    }

    /** Refunds a payment inside the caller's transaction. */
    public FolioLineResponse refund(
            String actor, PropertyRow property, BookingRow booking, long lineId, RefundRequest request, Origin origin) {
        FolioLineRow original = postings.reversible(property, booking, lineId, LineKind.PAYMENT);
        BigDecimal amount = request == null || request.amount() == null ? original.amount() : request.amount();
        if (amount.compareTo(original.amount()) > 0) {
            throw Problem.invalid(
                    "amount",
                    "a refund cannot exceed the payment of " + original.amount().toPlainString());
        }
        String reason = request == null ? null : request.reason();
        Problem.refuse("reason", FreeText.cardNumber(reason));
        var draft = new Draft(
                new Posting(
                        LineKind.PAYMENT,
                        original.code(),
                        FolioPostings.describe(reason == null ? null : "Refund: " + reason, "Refund of line " + lineId),
                        BigDecimal.ONE,
                        amount.negate(),
                        amount.negate(),
                        property.businessDate(),
                        original.cardLast4()),
                original.cardToken(),
                original.id());
        return postings.post(actor, property, booking, draft, "folio.payment-refunded", PaymentRefunded::new, origin);
    }
}

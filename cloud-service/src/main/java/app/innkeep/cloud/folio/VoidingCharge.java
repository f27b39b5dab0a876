package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.folio.FolioPostings.Draft;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.VoidRequest;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.FreeText;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.PropertyEvent.ChargeVoided;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Voiding a charge: a new line of the opposite amount, dated today, pointing at the charge it voids. */
@Singleton
public class VoidingCharge {

    private final PropertyAccess access;
    private final BookingViews bookings;
    private final FolioPostings postings;

    public VoidingCharge(PropertyAccess access, BookingViews bookings, FolioPostings postings) {
        this.access = access;
        this.bookings = bookings;
        this.postings = postings;
    }

    @Transactional
    public FolioLineResponse voidCharge(
            Caller caller, String propertyCode, String confirmation, long lineId, VoidRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow booking = bookings.existing(property, confirmation);
        return voidCharge(caller.username(), property, booking, lineId, request, Origin.CLOUD);
    }

    /** Voids a charge inside the caller's transaction. */
    public FolioLineResponse voidCharge(
            String actor, PropertyRow property, BookingRow booking, long lineId, VoidRequest request, Origin origin) {
        FolioLineRow original = postings.reversible(property, booking, lineId, LineKind.CHARGE);
        String reason = request == null ? null : request.reason();
        Problem.refuse("reason", FreeText.cardNumber(reason));
        var draft = new Draft(
                new Posting(
                        LineKind.CHARGE,
                        original.code(),
                        FolioPostings.describe(reason == null ? null : "Void: " + reason, "Void of line " + lineId),
                        original.quantity().negate(),
                        original.unitPrice(),
                        original.amount().negate(),
                        property.businessDate(),
                        null),
                null,
                original.id());
        return postings.post(actor, property, booking, draft, "folio.charge-voided", ChargeVoided::new, origin);
    }
}

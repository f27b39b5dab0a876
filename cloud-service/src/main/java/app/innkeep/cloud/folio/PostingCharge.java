package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.folio.FolioPostings.Draft;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingRules;
import app.innkeep.model.FreeText;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Posting a charge for an inventory item to an open booking's folio. */
@Singleton
public class PostingCharge {

    private final PropertyAccess access;
    private final BookingViews bookings;
    private final MasterCodes codes;
    private final FolioPostings postings;

    public PostingCharge(PropertyAccess access, BookingViews bookings, MasterCodes codes, FolioPostings postings) {
        this.access = access;
        this.bookings = bookings;
        this.codes = codes;
        this.postings = postings;
    }

    @Transactional
    public FolioLineResponse postCharge(
            Caller caller, String propertyCode, String confirmation, PostChargeRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow booking = bookings.existing(property, confirmation);
        return postCharge(caller.username(), property, booking, request, Origin.CLOUD);
    }

    /** Posts a charge inside the caller's transaction; the property is locked and its business date the one to use. */
    public FolioLineResponse postCharge(
            String actor, PropertyRow property, BookingRow booking, PostChargeRequest request, Origin origin) {
        String confirmation = booking.confirmation();
        if (!booking.status().holdsInventory()) {
            throw Problem.conflict(
                    "folio-closed",
                    "status",
                    "booking " + confirmation + " is " + booking.status() + "; charges are closed");
        }
        MasterCodeRow item = codes.requireActive(property.id(), MasterDataKind.INVENTORY_ITEM, request.item(), "item");
        BigDecimal quantity = request.quantity() == null ? BigDecimal.ONE : request.quantity();
        BigDecimal unitPrice = request.unitPrice() != null ? request.unitPrice() : item.defaultPrice();
        if (unitPrice == null) {
            throw Problem.invalid("unitPrice", "is required: inventory item " + item.code() + " has no default price");
        }
        Problem.refuse("description", FreeText.cardNumber(request.description()));
        BigDecimal amount = quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_EVEN);
        var tooBig = BookingRules.lineTotal(amount);
        if (tooBig.isPresent()) {
            String message = tooBig.get();
            throw new Problem(
                    400,
                    "invalid-field",
                    "Invalid field",
                    message,
                    List.of(new Problem.FieldError("quantity", message), new Problem.FieldError("unitPrice", message)));
        }
        var draft = new Draft(
                new Posting(
                        LineKind.CHARGE,
                        item.code(),
                        FolioPostings.describe(request.description(), item.description()),
                        quantity,
                        unitPrice,
                        amount,
                        FolioPostings.businessDate(property, request.businessDate()),
                        null),
                null,
                null);
        return postings.post(actor, property, booking, draft, "folio.charge-posted", ChargePosted::new, origin);
    }
}

package app.innkeep.cloud.folio;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingService;
import app.innkeep.cloud.feed.Outbox;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.FolioResponse;
import app.innkeep.cloud.folio.FolioRequests.PostChargeRequest;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.FolioRequests.RefundRequest;
import app.innkeep.cloud.folio.FolioRequests.VoidRequest;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.CardData;
import app.innkeep.model.FreeText;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.ChargePosted;
import app.innkeep.model.event.PropertyEvent.ChargeVoided;
import app.innkeep.model.event.PropertyEvent.PaymentPosted;
import app.innkeep.model.event.PropertyEvent.PaymentRefunded;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A booking's folio: charges by inventory item, payments by receipt type, voids and refunds as new negative lines.
 * Balance = charges - payments. Nothing is ever deleted.
 */
@Singleton
public class FolioService {

    private static final Set<StaffRole> DESK =
            Set.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN);
    /** The largest amount of one line, as for every amount the API accepts. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    /**
     * Where a line comes from: the cloud itself ({@link #CLOUD}), or a standby journal entry re-entered after an
     * outage, done there at {@code originalAt}.
     */
    public record Origin(java.time.Instant originalAt, String reentryEntryId) {
        public static final Origin CLOUD = new Origin(null, null);
    }

    private final FolioLines lines;
    private final BookingService bookings;
    private final MasterCodes codes;
    private final PropertyAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public FolioService(
            FolioLines lines,
            BookingService bookings,
            MasterCodes codes,
            PropertyAccess access,
            AuditTrail audit,
            Outbox outbox,
            Clock clock) {
        this.outbox = outbox;
        this.lines = lines;
        this.bookings = bookings;
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FolioResponse folio(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.require(caller, propertyCode, DESK);
        return folio(property, bookings.existing(property, confirmation));
    }

    @Transactional
    public FolioLineResponse postCharge(
            Caller caller, String propertyCode, String confirmation, PostChargeRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
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
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            String message = "quantity x unitPrice is " + amount.toPlainString() + "; one line holds at most "
                    + MAX_AMOUNT.toPlainString();
            throw new Problem(
                    400,
                    "invalid-field",
                    "Invalid field",
                    message,
                    List.of(new Problem.FieldError("quantity", message), new Problem.FieldError("unitPrice", message)));
        }
        return post(
                actor,
                property,
                booking,
                LineKind.CHARGE,
                item.code(),
                describe(request.description(), item.description()),
                quantity,
                unitPrice,
                amount,
                businessDate(property, request.businessDate()),
                null,
                null,
                null,
                "folio.charge-posted",
                origin);
    }

    @Transactional
    public FolioLineResponse voidCharge(
            Caller caller, String propertyCode, String confirmation, long lineId, VoidRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        BookingRow booking = bookings.existing(property, confirmation);
        return voidCharge(caller.username(), property, booking, lineId, request, Origin.CLOUD);
    }

    /** Voids a charge inside the caller's transaction. */
    public FolioLineResponse voidCharge(
            String actor, PropertyRow property, BookingRow booking, long lineId, VoidRequest request, Origin origin) {
        FolioLineRow original = reversible(property, booking, lineId, LineKind.CHARGE);
        String reason = request == null ? null : request.reason();
        Problem.refuse("reason", FreeText.cardNumber(reason));
        return post(
                actor,
                property,
                booking,
                LineKind.CHARGE,
                original.code(),
                describe(reason == null ? null : "Void: " + reason, "Void of line " + lineId),
                original.quantity().negate(),
                original.unitPrice(),
                original.amount().negate(),
                property.businessDate(),
                null,
                null,
                original.id(),
                "folio.charge-voided",
                origin);
    }

    @Transactional
    public FolioLineResponse postPayment(
            Caller caller, String propertyCode, String confirmation, PostPaymentRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        BookingRow booking = bookings.existing(property, confirmation);
        MasterCodeRow receiptType = validatePayment(property, request);
        return postPayment(caller.username(), property, booking, receiptType, request, Origin.CLOUD);
    }

    /** Checks a payment without writing; the online intake validates its deposit before creating the booking. */
    public MasterCodeRow validatePayment(PropertyRow property, PostPaymentRequest request) {
        if (request.cardNumber() != null) {
            throw Problem.invalid("cardNumber", "full card numbers are never accepted; send cardLast4 or a cardToken");
        }
        if (request.cvv() != null) {
            throw Problem.invalid("cvv", "card security codes are never accepted or stored");
        }
        Problem.refuse("cardLast4", CardData.lastFourFault(request.cardLast4()).map(fault -> switch (fault) {
            case FULL_CARD_NUMBER -> "full card numbers are never accepted; send only the last four digits";
            case NOT_FOUR_DIGITS -> "must be exactly four digits";
        }));
        if (request.cardToken() != null
                && (CardData.looksLikeCardNumber(request.cardToken())
                        || CardData.containsCardNumber(request.cardToken()))) {
            throw Problem.invalid("cardToken", "looks like a card number; send the payment provider's token instead");
        }
        Problem.refuse("description", FreeText.cardNumber(request.description()));
        MasterCodeRow receiptType =
                codes.requireActive(property.id(), MasterDataKind.RECEIPT_TYPE, request.receiptType(), "receiptType");
        if (receiptType.card() && request.cardLast4() == null && request.cardToken() == null) {
            throw Problem.invalid(
                    "cardLast4", "receipt type " + receiptType.code() + " is a card: give cardLast4 or cardToken");
        }
        businessDate(property, request.businessDate());
        return receiptType;
    }

    public FolioLineResponse postPayment(
            String actor,
            PropertyRow property,
            BookingRow booking,
            MasterCodeRow receiptType,
            PostPaymentRequest request) {
        return postPayment(actor, property, booking, receiptType, request, Origin.CLOUD);
    }

    public FolioLineResponse postPayment(
            String actor,
            PropertyRow property,
            BookingRow booking,
            MasterCodeRow receiptType,
            PostPaymentRequest request,
            Origin origin) {
        return post(
                actor,
                property,
                booking,
                LineKind.PAYMENT,
                receiptType.code(),
                describe(request.description(), receiptType.description()),
                BigDecimal.ONE,
                request.amount(),
                request.amount(),
                businessDate(property, request.businessDate()),
                request.cardLast4(),
                request.cardToken(),
                null,
                "folio.payment-posted",
                origin);
    }

    @Transactional
    public FolioLineResponse refund(
            Caller caller, String propertyCode, String confirmation, long lineId, RefundRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DESK);
        BookingRow booking = bookings.existing(property, confirmation);
        return refund(caller.username(), property, booking, lineId, request, Origin.CLOUD);
    }

    /** Refunds a payment inside the caller's transaction. */
    public FolioLineResponse refund(
            String actor, PropertyRow property, BookingRow booking, long lineId, RefundRequest request, Origin origin) {
        FolioLineRow original = reversible(property, booking, lineId, LineKind.PAYMENT);
        BigDecimal amount = request == null || request.amount() == null ? original.amount() : request.amount();
        if (amount.compareTo(original.amount()) > 0) {
            throw Problem.invalid(
                    "amount",
                    "a refund cannot exceed the payment of " + original.amount().toPlainString());
        }
        String reason = request == null ? null : request.reason();
        Problem.refuse("reason", FreeText.cardNumber(reason));
        return post(
                actor,
                property,
                booking,
                LineKind.PAYMENT,
                original.code(),
                describe(reason == null ? null : "Refund: " + reason, "Refund of line " + lineId),
                BigDecimal.ONE,
                amount.negate(),
                amount.negate(),
                property.businessDate(),
                original.cardLast4(),
                original.cardToken(),
                original.id(),
                "folio.payment-refunded",
                origin);
    }

    /** Posts one night of {@code RENT} at the booking's rate, once per booking and night (night audit). */
    public boolean postRent(PropertyRow property, BookingRow booking, LocalDate night, String actor) {
        if (lines.hasRentFor(booking.id(), night)) {
            return false;
        }
        MasterCodeRow rent =
                codes.find(property.id(), MasterDataKind.INVENTORY_ITEM, "RENT").orElseThrow();
        var row = new FolioLineRow(
                0,
                property.id(),
                booking.id(),
                LineKind.CHARGE,
                rent.code(),
                rent.description() + " " + night,
                BigDecimal.ONE,
                booking.rate(),
                booking.rate(),
                night,
                null,
                null,
                null,
                night,
                clock.instant(),
                actor);
        long id = lines.insert(row);
        outbox.append(
                property,
                actor,
                night,
                new ChargePosted(
                        state(lines.find(property.id(), booking.id(), id).orElseThrow(), booking.confirmation())));
        return true;
    }

    private FolioLineResponse post(
            String actor,
            PropertyRow property,
            BookingRow booking,
            LineKind kind,
            String code,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            LocalDate businessDate,
            String last4,
            String token,
            Long reverses,
            String action,
            Origin origin) {
        var row = new FolioLineRow(
                0,
                property.id(),
                booking.id(),
                kind,
                code,
                description,
                quantity,
                unitPrice,
                amount,
                businessDate,
                last4,
                token,
                reverses,
                null,
                clock.instant(),
                actor,
                origin.originalAt(),
                origin.reentryEntryId());
        long id = lines.insert(row);
        FolioLineRow saved = lines.find(property.id(), booking.id(), id).orElseThrow();
        FolioLineResponse response = response(saved, false);
        audit.record(property.id(), actor, action, "folio", booking.confirmation(), null, response);
        outbox.append(property, actor, event(action, state(saved, booking.confirmation())));
        return response;
    }

    private static PropertyEvent event(String action, FolioLineState line) {
        return switch (action) {
            case "folio.charge-posted" -> new ChargePosted(line);
            case "folio.charge-voided" -> new ChargeVoided(line);
            case "folio.payment-posted" -> new PaymentPosted(line);
            case "folio.payment-refunded" -> new PaymentRefunded(line);
            default -> throw new IllegalArgumentException("no feed event for " + action);
        };
    }

    /** The line as the feed carries it: never a card token, at most the last four digits. */
    private static FolioLineState state(FolioLineRow r, String confirmation) {
        return new FolioLineState(
                r.id(),
                confirmation,
                r.kind().name(),
                r.code(),
                r.description(),
                r.quantity(),
                r.unitPrice(),
                r.amount(),
                r.businessDate(),
                r.cardLast4(),
                r.reversesLineId());
    }

    private FolioLineRow reversible(PropertyRow property, BookingRow booking, long lineId, LineKind kind) {
        FolioLineRow original = lines.find(property.id(), booking.id(), lineId)
                .orElseThrow(() -> Problem.notFound("folio line", String.valueOf(lineId)));
        if (original.kind() != kind) {
            throw Problem.conflict(
                    "wrong-line-kind", "line " + lineId + " is a " + original.kind() + ", not a " + kind);
        }
        if (original.reversesLineId() != null) {
            throw Problem.conflict("is-reversal", "line " + lineId + " is itself a void or refund");
        }
        if (lines.isReversed(lineId)) {
            throw Problem.conflict("already-reversed", "line " + lineId + " was already voided or refunded");
        }
        return original;
    }

    private FolioResponse folio(PropertyRow property, BookingRow booking) {
        List<FolioLineRow> rows = lines.ofBooking(property.id(), booking.id());
        Set<Long> reversed = new HashSet<>();
        rows.stream().filter(r -> r.reversesLineId() != null).forEach(r -> reversed.add(r.reversesLineId()));
        BigDecimal charges = sum(rows, LineKind.CHARGE);
        BigDecimal payments = sum(rows, LineKind.PAYMENT);
        return new FolioResponse(
                booking.confirmation(),
                property.currency(),
                rows.stream().map(r -> response(r, reversed.contains(r.id()))).toList(),
                charges,
                payments,
                charges.subtract(payments));
    }

    private static BigDecimal sum(List<FolioLineRow> rows, LineKind kind) {
        return rows.stream()
                .filter(r -> r.kind() == kind)
                .map(FolioLineRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static FolioLineResponse response(FolioLineRow r, boolean reversed) {
        return new FolioLineResponse(
                r.id(),
                r.kind(),
                r.code(),
                r.description(),
                r.quantity(),
                r.unitPrice(),
                r.amount(),
                r.businessDate(),
                r.cardLast4(),
                r.reversesLineId(),
                reversed,
                r.postedAt(),
                r.postedBy(),
                r.originalAt(),
                r.reentryEntryId());
    }

    private static LocalDate businessDate(PropertyRow property, LocalDate requested) {
        if (requested == null) {
            return property.businessDate();
        }
        if (requested.isAfter(property.businessDate())) {
            throw Problem.invalid(
                    "businessDate", "cannot be after the current business date " + property.businessDate());
        }
        return requested;
    }

    private static String describe(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}

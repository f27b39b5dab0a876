package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.folio.FolioPostings.Draft;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.masterdata.MasterCodes;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.CardData;
import app.innkeep.model.FreeText;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.PropertyEvent.PaymentPosted;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/**
 * Taking a payment by receipt type; of a card, never more than the last four digits or the provider's token. A payment
 * through the API that repeats one taken on the same booking moments ago (same receipt type and amount, within
 * {@code innkeep.folio.duplicate-payment-window}) answers 409 naming when and by whom, unless it says
 * {@code "confirmRepeat": true} — as the standby's desk asks.
 */
@Singleton
public class TakingPayment {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final PropertyAccess access;
    private final BookingViews bookings;
    private final MasterCodes codes;
    private final FolioPostings postings;
    private final FolioLines lines;
    private final Clock clock;
    private final Duration window;

    public TakingPayment(
            PropertyAccess access,
            BookingViews bookings,
            MasterCodes codes,
            FolioPostings postings,
            FolioLines lines,
            Clock clock,
            @Value("${innkeep.folio.duplicate-payment-window:10m}") Duration window) {
        this.access = access;
        this.bookings = bookings;
        this.codes = codes;
        this.postings = postings;
        this.lines = lines;
        this.clock = clock;
        this.window = window;
    }

    @Transactional
    public FolioLineResponse postPayment(
            Caller caller, String propertyCode, String confirmation, PostPaymentRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow booking = bookings.existing(property, confirmation);
        MasterCodeRow receiptType = validatePayment(property, request);
        if (!Boolean.TRUE.equals(request.confirmRepeat())) {
            refuseRepeat(property, booking, receiptType, request.amount());
        }
        return postPayment(caller.username(), property, booking, receiptType, request, Origin.CLOUD);
    }

    /** A payment like one taken on this booking within the window is a 409 naming its time and taker. */
    private void refuseRepeat(PropertyRow property, BookingRow booking, MasterCodeRow receiptType, BigDecimal amount) {
        Instant since = clock.instant().minus(window);
        lines.ofBooking(property.id(), booking.id()).stream()
                .filter(l -> l.kind() == LineKind.PAYMENT && l.reversesLineId() == null)
                .filter(l -> receiptType.code().equals(l.code()) && l.amount().compareTo(amount) == 0)
                .filter(l -> l.postedAt() != null && !l.postedAt().isBefore(since))
                .max(Comparator.comparing(FolioLineRow::postedAt))
                .ifPresent(earlier -> {
                    throw Problem.conflict(
                            "repeated-payment",
                            "confirmRepeat",
                            "this looks like a payment already taken at "
                                    + HH_MM.format(earlier.postedAt().atZone(ZoneId.of(property.timeZone())))
                                    + " by " + earlier.postedBy() + " ("
                                    + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " by "
                                    + receiptType.code() + " on " + booking.confirmation()
                                    + ") — take it again? Send \"confirmRepeat\": true to take it");
                });
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
        FolioPostings.businessDate(property, request.businessDate());
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
        var draft = new Draft(
                new Posting(
                        LineKind.PAYMENT,
                        receiptType.code(),
                        FolioPostings.describe(request.description(), receiptType.description()),
                        BigDecimal.ONE,
                        request.amount(),
                        request.amount(),
                        FolioPostings.businessDate(property, request.businessDate()),
                        request.cardLast4()),
                request.cardToken(),
                null);
        return postings.post(actor, property, booking, draft, "folio.payment-posted", PaymentPosted::new, origin);
    }
}

package app.innkeep.cloud.intake;

import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.booking.TakingBooking;
import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.folio.FolioRequests.PostPaymentRequest;
import app.innkeep.cloud.folio.TakingPayment;
import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Online bookings from a booking engine or channel: the booking and its deposit are made in one transaction together
 * with the stored answer for the {@code Idempotency-Key}. The same key with the same request returns the first answer
 * and changes nothing; the same key with a different request is refused.
 */
@Singleton
public class OnlineBookingIntake {

    private static final Set<StaffRole> SENDERS =
            Set.of(StaffRole.CHANNEL, StaffRole.FRONT_DESK, StaffRole.PROPERTY_ADMIN);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    /** The answer to give and whether it was replayed from an earlier request. */
    /**
     * The first answer to a key. A replay carries the stored JSON itself, byte for byte: read back into records, its
     * amounts would lose their scale ({@code 129.00} becomes {@code 129.0}) and the retry would not see the first
     * answer.
     */
    public record Answer(OnlineBookingResponse response, String storedJson) {
        public boolean replayed() {
            return storedJson != null;
        }
    }

    private final PropertyAccess access;
    private final TakingBooking taking;
    private final BookingViews bookings;
    private final TakingPayment payments;
    private final IdempotentRequests answers;
    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;
    private final Clock clock;

    public OnlineBookingIntake(
            PropertyAccess access,
            TakingBooking taking,
            BookingViews bookings,
            TakingPayment payments,
            IdempotentRequests answers,
            TransactionOperations<Connection> tx,
            JsonMapper json,
            Clock clock) {
        this.access = access;
        this.taking = taking;
        this.bookings = bookings;
        this.payments = payments;
        this.answers = answers;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    public Answer receive(Caller caller, String propertyCode, String idempotencyKey, OnlineBookingRequest request) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw Problem.invalid(
                    "Idempotency-Key",
                    "header is required: 8-100 letters, digits, '.', '_', ':' or '-' (a UUID is ideal)");
        }
        String hash = fingerprint(request);
        try {
            return tx.execute(
                    TransactionDefinition.DEFAULT,
                    status -> receiveOnce(caller, propertyCode, idempotencyKey, hash, request));
        } catch (Db.ConstraintViolated raced) {
            // A concurrent request with the same key committed first; its answer is ours.
            return tx.execute(TransactionDefinition.READ_ONLY, status -> {
                PropertyRow property = access.require(caller, propertyCode, SENDERS);
                return answers.find(property.id(), idempotencyKey)
                        .map(stored -> replay(stored, hash))
                        .orElseThrow(() -> raced);
            });
        }
    }

    private Answer receiveOnce(
            Caller caller, String propertyCode, String key, String hash, OnlineBookingRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, SENDERS);
        var earlier = answers.find(property.id(), key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        var deposit = request.deposit();
        PostPaymentRequest payment = deposit == null
                ? null
                : new PostPaymentRequest(
                        deposit.receiptType(),
                        deposit.amount(),
                        deposit.cardLast4(),
                        deposit.cardToken(),
                        deposit.cardNumber(),
                        deposit.cvv(),
                        null,
                        "Online deposit",
                        null);
        MasterCodeRow receiptType = payment == null ? null : validateDeposit(property, payment);
        BookingRow booking = taking.take(
                property,
                caller.username(),
                new CreateBookingRequest(
                        null,
                        request.guest(),
                        request.source(),
                        request.roomType(),
                        request.arrival(),
                        request.departure(),
                        request.adults(),
                        request.children(),
                        request.rate(),
                        null,
                        request.notes()));
        FolioLineResponse depositLine = payment == null
                ? null
                : payments.postPayment(caller.username(), property, booking, receiptType, payment);
        var response = new OnlineBookingResponse(bookings.response(booking), depositLine);
        answers.insert(property.id(), key, hash, 201, write(response), clock.instant());
        return new Answer(response, null);
    }

    private MasterCodeRow validateDeposit(PropertyRow property, PostPaymentRequest payment) {
        try {
            return payments.validatePayment(property, payment);
        } catch (Problem p) {
            throw p.within("deposit");
        }
    }

    private Answer replay(IdempotentRequests.StoredAnswer stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw Problem.unprocessable(
                    "idempotency-key-reused",
                    "Idempotency-Key",
                    "this Idempotency-Key was already used for a different request; use a new key for a new booking");
        }
        return new Answer(null, stored.body());
    }

    private String fingerprint(OnlineBookingRequest request) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}

package app.innkeep.cloud.reentry;

import app.innkeep.cloud.masterdata.MasterDataRequests;
import app.innkeep.cloud.room.RoomRequests;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.reentry.ReentryAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the re-entry endpoints take, with the API's input rules; the standby writes these bodies with the shared
 * {@code ReentryCodec}, and the cloud answers with it ({@code ReentryAnswer}, {@code ClosingCheckAnswer}).
 */
public final class ReentryRequests {

    private ReentryRequests() {}

    /** A cloud confirmation number or a standby D-number. */
    static final String BOOKING_REF = "[A-Z0-9][A-Z0-9-]{0,19}";

    static final String BOOKING_REF_MESSAGE =
            "must be a cloud confirmation number or a standby D-number (up to 20 upper-case letters or digits)";

    /**
     * One standby journal entry. Which of {@code booking}, {@code line} and {@code room} is needed, and which of their
     * fields, depends on the action; the service names what is missing.
     */
    @Serdeable
    public record EntryRequest(
            @NotNull ReentryAction action,

            @Nullable @Pattern(regexp = BOOKING_REF, message = BOOKING_REF_MESSAGE)
            String bookingRef,

            @NotNull Instant originalAt,
            @NotNull LocalDate businessDate,
            @NotBlank @Size(max = 30) String enteredBy,
            @Nullable @Valid EntryBooking booking,
            @Nullable @Valid EntryLine line,
            @Nullable @Valid EntryRoom room) {}

    /**
     * WALK_IN: the guest and the stay; CHECK_IN: {@code room} (optional); MODIFY: any of arrival, departure, room,
     * rate; CANCEL: {@code cancelReason}.
     */
    @Serdeable
    public record EntryBooking(
            @Nullable @Size(max = 80) String firstName,
            @Nullable @Size(max = 80) String lastName,
            @Nullable @Email @Size(max = 160) String email,

            @Nullable @Pattern(regexp = "[+0-9 ()./-]{3,40}", message = "must be a phone number")
            String phone,

            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String source,

            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String roomType,

            @Nullable @Pattern(regexp = RoomRequests.NUMBER_PATTERN, message = RoomRequests.NUMBER_MESSAGE)
            String room,

            @Nullable LocalDate arrival,
            @Nullable LocalDate departure,
            @Nullable @Min(1) @Max(20) Integer adults,
            @Nullable @Min(0) @Max(20) Integer children,

            @Nullable @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal rate,

            @Nullable @Size(max = 500) String notes,
            @Nullable @Size(max = 200) String cancelReason) {}

    /**
     * CHARGE: item, quantity, unitPrice; PAYMENT: receiptType, amount, cardLast4; VOID: reversesLineId; REFUND:
     * reversesLineId, amount. {@code cardNumber} and {@code cvv} exist only so that sending them is refused loudly.
     */
    @Serdeable
    public record EntryLine(
            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String item,

            @Nullable @DecimalMin(value = "0.01") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
            BigDecimal quantity,

            @Nullable @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal unitPrice,

            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String receiptType,

            @Nullable @DecimalMin("0.01") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal amount,

            @Nullable String cardLast4,
            @Nullable String cardNumber,
            @Nullable String cvv,
            @Nullable @Min(1) Long reversesLineId,
            @Nullable @Size(max = 200) String description,
            @Nullable @Size(max = 192) String reason) {}

    /** ROOM_STATUS: the room and its status as the standby left it. */
    @Serdeable
    public record EntryRoom(
            @Nullable @Pattern(regexp = RoomRequests.NUMBER_PATTERN, message = RoomRequests.NUMBER_MESSAGE)
            String number,

            @Nullable Housekeeping housekeeping,
            @Nullable Boolean outOfOrder) {}

    /**
     * Which entries and bookings to check, and (schema version 2) the nights the standby closed with its own RENT
     * count and total of each; every list may be left out.
     */
    @Serdeable
    public record VerifyRequest(
            @Nullable @Min(1) Integer schemaVersion,
            @Nullable @Size(max = 5000) List<String> entryIds,
            @Nullable @Size(max = 1000) List<String> bookings,
            @Nullable @Size(max = 400) List<@Valid @NotNull VerifyNight> nights) {}

    /** A night the standby closed, with the RENT it posted for it (the cloud answers its own beside it). */
    @Serdeable
    public record VerifyNight(
            @NotNull LocalDate night,
            @NotNull @Min(0) Integer rentCount,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal rentTotal) {}
}

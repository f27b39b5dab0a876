package app.innkeep.cloud.booking;

import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.guest.GuestRequests.GuestResponse;
import app.innkeep.cloud.masterdata.MasterDataRequests;
import app.innkeep.cloud.room.RoomRequests;
import app.innkeep.model.BookingRules;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText.Limits;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the booking endpoints. */
public final class BookingRequests {

    private BookingRequests() {}

    /**
     * A new booking, for an existing guest ({@code guestId}) or a new one ({@code guest}). Its dates, guests, rate,
     * notes and new guest are checked by the shared {@code BookingRules}, all faults at once, as on the standby.
     */
    @Serdeable
    public record CreateBookingRequest(
            @Nullable Long guestId,
            @Nullable @Valid GuestDetails guest,

            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String source,

            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String roomType,

            @Nullable LocalDate arrival,
            @Nullable LocalDate departure,
            @Nullable Integer adults,
            @Nullable Integer children,
            @Nullable BigDecimal rate,

            @Nullable @Pattern(regexp = RoomRequests.NUMBER_PATTERN, message = RoomRequests.NUMBER_MESSAGE)
            String room,

            @Nullable String notes) {}

    /** Changes to a booking; a field left out stays as it is. */
    @Serdeable
    public record ModifyBookingRequest(
            @Nullable LocalDate arrival,
            @Nullable LocalDate departure,

            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String roomType,

            @Nullable @Pattern(regexp = RoomRequests.NUMBER_PATTERN, message = RoomRequests.NUMBER_MESSAGE)
            String room,

            @Nullable @Min(1) @Max(BookingRules.MAX_ADULTS) Integer adults,

            @Nullable @Min(0) @Max(BookingRules.MAX_CHILDREN)
            Integer children,

            @Nullable @DecimalMin("0.00") @DecimalMax(BookingRules.MAX_AMOUNT_TEXT) @Digits(integer = 8, fraction = 2)
            BigDecimal rate,

            @Nullable @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String source,

            @Nullable @Size(max = Limits.NOTES) String notes,
            @Nullable @Valid GuestDetails guest) {}

    @Serdeable
    public record CancelRequest(
            @NotBlank @Size(max = Limits.REASON) String reason) {}

    @Serdeable
    public record CheckInRequest(
            @Nullable @Pattern(regexp = RoomRequests.NUMBER_PATTERN, message = RoomRequests.NUMBER_MESSAGE)
            String room) {}

    /** {@code override} lets a night auditor check out a guest whose folio does not balance. */
    @Serdeable
    public record CheckOutRequest(@Nullable Boolean override) {}

    @Serdeable
    public record BookingResponse(
            String confirmation,
            BookingStatus status,
            GuestResponse guest,
            String source,
            String roomType,
            String room,
            LocalDate arrival,
            LocalDate departure,
            int adults,
            int children,
            BigDecimal rate,
            BigDecimal balance,
            String cancelReason,
            String notes) {}

    @Serdeable
    public record NightAvailability(LocalDate night, String roomType, long rooms, long booked, long available) {}

    @Serdeable
    public record AvailabilityResponse(LocalDate from, LocalDate to, List<NightAvailability> nights) {}
}

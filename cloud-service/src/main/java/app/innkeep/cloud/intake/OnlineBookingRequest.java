package app.innkeep.cloud.intake;

import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.masterdata.MasterDataRequests;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a booking engine or channel delivers: a guest, a stay and, optionally, a deposit already taken. */
@Serdeable
public record OnlineBookingRequest(
        @NotNull @Valid GuestDetails guest,

        @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
        String source,

        @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
        String roomType,

        @NotNull LocalDate arrival,
        @NotNull LocalDate departure,
        @NotNull @Min(1) @Max(20) Integer adults,
        @Nullable @Min(0) @Max(20) Integer children,

        @NotNull @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
        BigDecimal rate,

        @Nullable @Size(max = Limits.NOTES) String notes,
        @Nullable @Valid Deposit deposit) {

    /** A deposit: receipt type and amount, with the card's last four digits or a provider token only. */
    @Serdeable
    public record Deposit(
            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String receiptType,

            @NotNull @DecimalMin("0.01") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal amount,

            @Nullable String cardLast4,
            @Nullable @Size(max = 64) String cardToken,
            @Nullable String cardNumber,
            @Nullable String cvv) {}
}

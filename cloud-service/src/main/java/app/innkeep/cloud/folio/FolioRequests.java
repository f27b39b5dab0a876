package app.innkeep.cloud.folio;

import app.innkeep.cloud.masterdata.MasterDataRequests;
import app.innkeep.model.BookingRules;
import app.innkeep.model.FreeText.Limits;
import app.innkeep.model.LineKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bodies of the folio endpoints. */
public final class FolioRequests {

    private FolioRequests() {}

    @Serdeable
    public record PostChargeRequest(
            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String item,

            @Nullable
            @DecimalMin(value = "0.01")
            @DecimalMax(BookingRules.MAX_QUANTITY_TEXT)
            @Digits(integer = 4, fraction = 2)
            BigDecimal quantity,

            @Nullable @DecimalMin("0.00") @DecimalMax(BookingRules.MAX_AMOUNT_TEXT) @Digits(integer = 8, fraction = 2)
            BigDecimal unitPrice,

            @Nullable LocalDate businessDate,
            @Nullable @Size(max = Limits.DESCRIPTION) String description) {}

    /**
     * A payment by receipt type. Only the card's last four digits or a provider token are accepted; {@code cardNumber}
     * and {@code cvv} exist only so that sending them is refused loudly instead of being silently ignored.
     */
    @Serdeable
    public record PostPaymentRequest(
            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String receiptType,

            @NotNull @DecimalMin("0.01") @DecimalMax(BookingRules.MAX_AMOUNT_TEXT) @Digits(integer = 8, fraction = 2)
            BigDecimal amount,

            @Nullable String cardLast4,
            @Nullable @Size(max = 64) String cardToken,
            @Nullable String cardNumber,
            @Nullable String cvv,
            @Nullable LocalDate businessDate,
            @Nullable @Size(max = Limits.DESCRIPTION) String description,
            @Nullable Boolean confirmRepeat) {}

    /** The reason is kept as the line's description after "Refund: ", which must fit in 200 characters. */
    @Serdeable
    public record RefundRequest(
            @Nullable @DecimalMin("0.01") @DecimalMax(BookingRules.MAX_AMOUNT_TEXT) @Digits(integer = 8, fraction = 2)
            BigDecimal amount,

            @Nullable @Size(max = 192) String reason) {}

    /** The reason is kept as the line's description after "Void: ", which must fit in 200 characters. */
    @Serdeable
    public record VoidRequest(@Nullable @Size(max = 194) String reason) {}

    /**
     * A folio line. {@code businessDate} is the day it counts for; {@code postedAt} when it was saved in the cloud.
     * A line re-entered from the standby after an outage also has {@code originalAt} (when it was done on the
     * standby) and {@code reentryEntryId} (the standby's journal entry); both are null otherwise.
     */
    @Serdeable
    public record FolioLineResponse(
            long id,
            LineKind kind,
            String code,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            LocalDate businessDate,
            String cardLast4,
            Long reversesLineId,
            boolean reversed,
            Instant postedAt,
            String postedBy,
            @JsonInclude(JsonInclude.Include.ALWAYS) Instant originalAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) String reentryEntryId) {}

    @Serdeable
    public record FolioResponse(
            String confirmation,
            String currency,
            List<FolioLineResponse> lines,
            BigDecimal charges,
            BigDecimal payments,
            BigDecimal balance) {}
}

package app.innkeep.cloud.masterdata;

import io.micronaut.serde.annotation.Serdeable;
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

/** Bodies of the master-data endpoints. Extra fields apply to one kind each and are ignored on the others. */
public final class MasterDataRequests {

    private MasterDataRequests() {}

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,11}";
    public static final String CODE_MESSAGE = "must be 1-12 upper-case letters, digits, '_' or '-'";

    @Serdeable
    public record CreateMasterCodeRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 120) String description,

            @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal defaultPrice,

            Boolean card,
            @Min(1) @Max(20) Integer maxOccupancy) {}

    @Serdeable
    public record UpdateMasterCodeRequest(
            @NotBlank @Size(max = 120) String description,

            @DecimalMin("0.00") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2)
            BigDecimal defaultPrice,

            Boolean card,
            @Min(1) @Max(20) Integer maxOccupancy,
            @NotNull Boolean active) {}

    @Serdeable
    public record MasterCodeResponse(
            String kind,
            String code,
            String description,
            BigDecimal defaultPrice,
            boolean card,
            Integer maxOccupancy,
            boolean active) {

        static MasterCodeResponse of(MasterCodeRow r) {
            return new MasterCodeResponse(
                    r.kind().path(),
                    r.code(),
                    r.description(),
                    r.defaultPrice(),
                    r.card(),
                    r.maxOccupancy(),
                    r.active());
        }
    }
}

package app.innkeep.cloud.pairing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of the pairing and device endpoints. */
public final class PairingRequests {

    private PairingRequests() {}

    @Serdeable
    public record PairingCodeResponse(String property, String code, Instant expiresAt) {}

    @Serdeable
    public record PairRequest(
            @NotBlank @Size(max = 20) String code,

            @NotBlank @Size(max = 80, message = "must be at most 80 characters")
            String deviceName) {}

    /** The device credential is shown this once; the cloud keeps only its hash. */
    @Serdeable
    public record PairResponse(String property, long deviceId, String credential, long headSequence) {}

    @Serdeable
    public record DeviceResponse(
            long id,
            String property,
            String name,
            Instant pairedAt,
            String pairedBy,
            Instant revokedAt,
            Instant lastSeenAt,
            long lastSequence,
            long headSequence,
            long lagEvents,
            Long lagMinutes,
            boolean backupEnabled,
            String timeZone,
            String revokedReason,
            // What the standby last said it runs (its X-Innkeep-Standby-Version header, screened: "unknown" when
            // that was not a plain version); null (left out of the JSON) when it never said.
            String standbyVersion) {}
}

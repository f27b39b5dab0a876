package app.innkeep.cloud.groups;

import app.innkeep.cloud.groups.OutageProgress.ReentryDay;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the group endpoints. */
public final class GroupRequests {

    private GroupRequests() {}

    @Serdeable
    public record CreateGroupRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,12}", message = "must be 2-12 capital letters or digits")
            String code,

            @NotBlank @Size(max = 120) String name) {}

    @Serdeable
    public record CreateGroupAdminRequest(
            @NotBlank
            @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "must be 3-60 lower-case letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(max = 120) String displayName,

            @NotBlank @Size(min = 10, max = 200, message = "must be 10-200 characters")
            String password) {}

    /** A group: its properties by code and its admins by username. */
    @Serdeable
    public record GroupResponse(String code, String name, List<String> properties, List<String> admins) {}

    @Serdeable
    public record GroupAdminResponse(String username, String displayName, String group) {}

    /** Each property of a group side by side: its standbys' health and what its re-entry has brought so far. */
    @Serdeable
    public record GroupHealthResponse(String code, String name, List<PropertyHealth> properties) {}

    @Serdeable
    public record PropertyHealth(
            String code,
            String name,
            String timeZone,
            LocalDate businessDate,
            boolean backupEnabled,
            List<DeviceResponse> standbys,
            List<ReentryDayResponse> reentry) {}

    /** One business day of re-entry; {@code closedBy} is {@code STANDBY}, {@code CLOUD} or null (still open). */
    @Serdeable
    public record ReentryDayResponse(
            LocalDate businessDate,
            long entries,
            Instant firstReceivedAt,
            Instant lastReceivedAt,
            String closedBy,
            Instant closedAt) {

        static ReentryDayResponse of(ReentryDay d) {
            return new ReentryDayResponse(
                    d.businessDate(), d.entries(), d.firstReceivedAt(), d.lastReceivedAt(), d.closedBy(), d.closedAt());
        }
    }
}
